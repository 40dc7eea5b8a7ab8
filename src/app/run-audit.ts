import { buildReport } from "../core/build-report.js";
import { makeContext } from "../core/evaluate.js";
import { planProbes } from "../core/plan-probes.js";
import { countFindings, exitCodeFor } from "../core/score.js";
import { type ProbeOptions, type ProbeRun, runProbes } from "../io/http-probe.js";
import { buildToolIndex, type ToolIndex } from "../core/match.js";
import type { Catalog } from "../model/catalog.js";
import { BUILTIN_POLICIES, type BuiltinPolicyId, type Config, ConfigSchema } from "../model/config.js";
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
  configFile: string;
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

export interface AuditResult {
  report: Report;
  catalog: Catalog;
  config: Config;
  source: YamlSource;
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

export async function runAudit(req: AuditRequest): Promise<AuditResult> {
  const { catalog, index } = loadCatalog(req.catalog);
  const loaded = readConfig(req.configFile, catalog, index);
  let config = loaded.config;
  if (req.policy !== undefined) {
    const policy = (BUILTIN_POLICIES as readonly string[]).includes(req.policy)
      ? (req.policy as BuiltinPolicyId)
      : readPolicyFile(req.policy, catalog, index);
    config = { ...config, policy };
  }
  let probes: ProbeRun | undefined;
  if (!req.offline) {
    const specs = planProbes(makeContext(catalog, config, req.now.slice(0, 10), index).uses);
    probes = await runProbes(specs, {
      ...(req.probe ?? DEFAULT_PROBE),
      userAgent: `teletravail/${req.version} (audit; +https://www.npmjs.com/package/teletravail)`,
      ...(req.onProgress ? { onProgress: req.onProgress } : {}),
    });
  }
  const report = buildReport({
    catalog,
    config,
    now: req.now,
    version: req.version,
    lang: req.lang,
    failOn: req.failOn,
    index,
    ...(probes ? { probes: probes.results, vantage: probes.vantage } : {}),
  });
  return { report, catalog, config, source: loaded.source };
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
