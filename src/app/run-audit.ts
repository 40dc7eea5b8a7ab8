import { buildReport } from "../core/build-report.js";
import { makeContext } from "../core/evaluate.js";
import { planProbes } from "../core/plan-probes.js";
import { countFindings, exitCodeFor } from "../core/score.js";
import type { ProbeOptions, ProbeRun } from "../io/http-probe.js";
import { buildToolIndex, type ToolIndex } from "../core/match.js";
import type { Catalog } from "../model/catalog.js";
import { BUILTIN_POLICIES, type BuiltinPolicyId, type Config, ConfigSchema } from "../model/config.js";
import { InputError } from "../model/errors.js";
import type { Vantage } from "../model/probe.js";
import type { Report } from "../model/report.js";
import type { FailOn } from "../model/severity.js";
import { readCatalog } from "../io/read-catalog.js";
import { readConfig, readPolicyFile } from "../io/read-config.js";
import type { YamlSource } from "../io/yaml-source.js";

export interface CatalogLocation {
  builtinDir: string;
  compiled?: string;
  extraDirs?: string[];
}

export interface AuditRequest {
  /** Config files; each distinct URL they name is probed once for all of them. */
  files: string[];
  catalog: CatalogLocation;
  /** A built-in policy id or a policy file; overrides the config's `policy`. */
  policy?: string;
  lang: "fr" | "en";
  failOn: FailOn;
  /** ISO timestamp (injected clock). */
  now: string;
  version: string;
  /** No network at all: probe criteria are reported as not assessed. */
  offline: boolean;
  probe?: Omit<ProbeOptions, "onProgress" | "userAgent">;
  onProgress?: ProbeOptions["onProgress"];
}

export const DEFAULT_PROBE: Omit<ProbeOptions, "onProgress" | "userAgent"> = {
  timeoutMs: 10_000,
  concurrency: 16,
  useProxy: true,
  env: {},
};

export function loadCatalog(loc: CatalogLocation): { catalog: Catalog; index: ToolIndex } {
  const catalog = readCatalog(loc);
  return { catalog, index: buildToolIndex(catalog.tools) };
}

export interface FleetEntry {
  file: string;
  config: Config;
  source: YamlSource;
  report: Report;
}

export interface FleetResult {
  catalog: Catalog;
  entries: FleetEntry[];
  /** Configs that could not be read: reported, and the others audited all the same. */
  errors: { file: string; error: InputError }[];
  vantage: Vantage;
}

/**
 * Audit several configs in one run: one catalogue, each distinct URL probed once across all of them,
 * then one report per organisation. A bad config is set aside; it does not stop the others.
 */
export async function runFleet(req: AuditRequest): Promise<FleetResult> {
  const { catalog, index } = loadCatalog(req.catalog);
  const loaded: { file: string; config: Config; source: YamlSource }[] = [];
  const errors: FleetResult["errors"] = [];
  let policy: Config["policy"] | undefined;
  if (req.policy !== undefined)
    policy = (BUILTIN_POLICIES as readonly string[]).includes(req.policy) ? (req.policy as BuiltinPolicyId) : readPolicyFile(req.policy, catalog, index);
  for (const file of req.files) {
    try {
      const l = readConfig(file, catalog, index);
      loaded.push({ file, config: policy !== undefined ? { ...l.config, policy } : l.config, source: l.source });
    } catch (e) {
      if (e instanceof InputError) errors.push({ file, error: e });
      else throw e;
    }
  }
  const today = req.now.slice(0, 10);
  let probes: ProbeRun | undefined;
  if (!req.offline) {
    const uses = loaded.flatMap((l) => makeContext(catalog, l.config, today, index).uses);
    const { runProbes } = await import("../io/http-probe.js"); // undici loads only when probing
    probes = await runProbes(planProbes(uses), {
      ...(req.probe ?? DEFAULT_PROBE),
      userAgent: `teletravail/${req.version} (audit; +https://www.npmjs.com/package/teletravail)`,
      ...(req.onProgress ? { onProgress: req.onProgress } : {}),
    });
  }
  const entries = loaded.map((l) => ({
    ...l,
    report: buildReport({
      catalog,
      config: l.config,
      now: req.now,
      version: req.version,
      lang: req.lang,
      failOn: req.failOn,
      index,
      ...(probes ? { probes: probes.results, vantage: probes.vantage } : {}),
    }),
  }));
  return { catalog, entries, errors, vantage: probes?.vantage ?? { mode: "offline", proxy: null, seemsOffline: false } };
}

export interface ProbeRequest {
  urls: string[];
  catalog: CatalogLocation;
  now: string;
  version: string;
  lang: "fr" | "en";
  failOn: FailOn;
  probe: Omit<ProbeOptions, "onProgress" | "userAgent">;
  onProgress?: ProbeOptions["onProgress"];
}

/** Ad-hoc probes: each URL audited as an organisation's own instance, keeping only measured findings. */
export async function probeUrls(req: ProbeRequest): Promise<{ report: Report; catalog: Catalog }> {
  const { catalog, index } = loadCatalog(req.catalog);
  const config = ConfigSchema.parse({
    version: 1,
    organisation: { name: "teletravail probe", type: "autre" },
    tools: req.urls.map((url) => ({ name: url, category: "adhoc", url })),
  });
  const { runProbes } = await import("../io/http-probe.js");
  const probes = await runProbes(
    req.urls.map((url) => ({ url })),
    { ...req.probe, userAgent: `teletravail/${req.version} (audit)`, ...(req.onProgress ? { onProgress: req.onProgress } : {}) },
  );
  const full = buildReport({ catalog, config, now: req.now, version: req.version, lang: req.lang, failOn: req.failOn, index, probes: probes.results, vantage: probes.vantage });
  const measured = full.findings.filter((f) => f.evidence.origin === "measured" || f.rule === "REACH-OUTSIDE");
  const report: Report = {
    ...full,
    findings: measured,
    notAssessed: [],
    practices: [],
    coverage: [],
    summary: { ...full.summary, counts: countFindings(measured), verdict: exitCodeFor(measured, req.failOn) === 1 ? "fail" : "pass" },
  };
  return { report, catalog };
}
