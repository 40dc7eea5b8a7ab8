import { readFileSync } from "node:fs";
import { join } from "node:path";
import AjvModule from "ajv-draft-04";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse as parseHtml } from "parse5";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/app/run-audit.js";
import { buildReport } from "../../src/core/build-report.js";
import { readConfig } from "../../src/io/read-config.js";
import type { ProbeResult } from "../../src/model/probe.js";
import { JsonReportSchema } from "../../src/model/report.js";
import { FORMATS, RENDERERS } from "../../src/render/index.js";
import { pathKey } from "../../src/render/text.js";
import { positionOf } from "../../src/io/yaml-source.js";
import { ROOT, run, tempDir } from "../helpers/cli.js";

// ajv-draft-04 is CommonJS with a default export: unwrap it whichever way the loader hands it over.
type AjvClass = typeof AjvModule.default;
const Ajv: AjvClass = ((AjvModule as unknown as { default?: AjvClass }).default ?? AjvModule) as AjvClass;

const { catalog, index } = loadCatalog({ builtinDir: join(ROOT, "catalog") });
const CONFIG = join(ROOT, "tests/fixtures/configs/canonical.yaml");
const loaded = readConfig(CONFIG, catalog, index);

const probe = (url: string, over: Partial<ProbeResult>): ProbeResult => ({
  url,
  finalUrl: url,
  reachable: true,
  httpStatus: 200,
  remoteAddress: "203.0.113.10",
  durationMs: 120,
  redirects: [],
  tls: { protocol: "TLSv1.3", cipher: "TLS_AES_256_GCM_SHA384", authorized: true, authorizationError: null, subject: "CN=x", issuer: "CN=ca", validFrom: "2026-10-01T00:00:00.000Z", validTo: "2026-12-20T00:00:00.000Z", legacy: [] },
  headers: { "strict-transport-security": "max-age=31536000", "x-content-type-options": "nosniff", "x-frame-options": "DENY", server: "\u001b[31mnginx\u009b2J <script>alert(1)</script> | **x**" },
  httpsRedirect: true,
  software: null,
  error: null,
  ...over,
});
const probes = new Map<string, ProbeResult>([
  ["https://cloud.exemple.fr/", probe("https://cloud.exemple.fr/", { software: { product: "Nextcloud", version: "31.0.9", endpoint: "/status.php" } })],
  ["https://rh.exemple.fr/", probe("https://rh.exemple.fr/", { headers: {} })],
  ["https://zoom.us/", probe("https://zoom.us/", { remoteAddress: "198.51.100.4" })],
  ["https://www.tchap.gouv.fr/", probe("https://www.tchap.gouv.fr/", { reachable: false, httpStatus: null, tls: null, headers: {}, error: { code: "CONNECT_TIMEOUT", message: "x" } })],
]);

function canonical(lang: "fr" | "en") {
  const report = buildReport({
    catalog,
    config: loaded.config,
    now: "2026-11-30T09:00:00.000Z",
    version: "0.0.0-golden",
    lang,
    failOn: "high",
    index,
    probes,
    vantage: { mode: "direct", proxy: null, seemsOffline: false },
  });
  const positions = new Map<string, { line: number; column: number }>();
  for (const f of report.findings) {
    const p = f.evidence.path ?? [];
    for (let n = p.length; n >= 0; n--) {
      const pos = positionOf(loaded.source, p.slice(0, n));
      if (pos && !positions.has(pathKey(p.slice(0, n)))) positions.set(pathKey(p.slice(0, n)), pos);
    }
  }
  const opts = { lang, color: false, catalog, source: { uri: "tests/fixtures/configs/canonical.yaml", positions } };
  return { report, opts };
}

const EXT = { terminal: "txt", markdown: "md", html: "html", json: "json", sarif: "sarif", junit: "xml" } as const;

describe("golden files: every format, both languages", () => {
  for (const lang of ["fr", "en"] as const)
    for (const format of FORMATS)
      it(`${format} (${lang})`, async () => {
        const { report, opts } = canonical(lang);
        await expect(RENDERERS[format](report, opts)).toMatchFileSnapshot(join(ROOT, "tests/__golden__", `report.${lang}.${EXT[format]}`));
      });
});

describe("formats are valid and inert", () => {
  it("SARIF validates against the SARIF 2.1.0 schema and locates results at the config entry", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/sarif/sarif-2.1.0-rtm.5.json"), "utf8"));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    for (const lang of ["fr", "en"] as const) {
      const { report, opts } = canonical(lang);
      const sarif = JSON.parse(RENDERERS.sarif(report, opts));
      expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      const results = sarif.runs[0].results as { ruleId: string; properties: { tool: string }; locations: { physicalLocation: { region: { startLine: number } } }[]; suppressions?: unknown[] }[];
      const skype = results.find((r) => r.ruleId === "DISCONTINUED");
      // tools[1] (skype) starts on line 10 of the fixture.
      expect(skype?.locations[0]?.physicalLocation.region.startLine).toBe(10);
      expect(results.find((r) => r.ruleId === "JURIS-EXTRA-EU" && r.properties.tool === "zoom")?.suppressions).toHaveLength(1);
      const ruleIds = sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
      for (const r of results) expect(ruleIds).toContain(r.ruleId);
    }
  });

  it("JUnit parses as XML, one suite per category and failures at --fail-on", () => {
    const { report, opts } = canonical("fr");
    const text = RENDERERS.junit(report, opts);
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(text);
    const suites = doc.testsuites.testsuite as { "@_name": string; testcase: unknown }[];
    expect(suites.map((s) => s["@_name"])).toContain("Visioconférence");
    expect(suites.map((s) => s["@_name"])).toContain("Organisation");
    expect(text).toContain('type="DISCONTINUED"');
    expect(text).not.toContain('type="OSS"'); // low: under --fail-on high
  });

  it("HTML parses without error, is self-contained and carries no script", () => {
    for (const lang of ["fr", "en"] as const) {
      const { report, opts } = canonical(lang);
      const html = RENDERERS.html(report, opts);
      const errors: string[] = [];
      parseHtml(html, { onParseError: (e) => errors.push(e.code) });
      expect(errors).toEqual([]);
      expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
      expect(html).toContain("<svg");
      expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    }
  });

  it("Markdown escapes what came from the config and from servers", () => {
    const { report, opts } = canonical("fr");
    const md = RENDERERS.markdown(report, opts);
    expect(md).toContain("Commune \\<b\\>d'Exemple\\</b\\> &amp; \\| \\*Fils\\*");
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("\u001b");
    expect(md).toContain("juin 2027 \\| migration");
    expect(md).toContain("\\<script\\>alert(1)\\</script\\> \\| \\*\\*x\\*\\*");
  });

  it("the JSON output is the report schema", () => {
    const { report, opts } = canonical("en");
    expect(() => JsonReportSchema.parse(JSON.parse(RENDERERS.json(report, opts)))).not.toThrow();
  });

  it("-o picks the format from the extension", () => {
    const dir = tempDir();
    const checks: [string, (t: string) => boolean][] = [
      ["r.md", (t) => t.startsWith("# ")],
      ["r.html", (t) => t.startsWith("<!DOCTYPE html>")],
      ["r.json", (t) => JSON.parse(t).schemaVersion === 1],
      ["r.sarif", (t) => JSON.parse(t).version === "2.1.0"],
      ["r.xml", (t) => t.startsWith("<?xml")],
    ];
    for (const [name, ok] of checks) {
      const out = join(dir, name);
      const r = run(["audit", "--offline", CONFIG, "-o", out]);
      expect(r.code, r.stderr).toBe(1);
      expect(ok(readFileSync(out, "utf8")), name).toBe(true);
    }
    expect(run(["audit", "--offline", CONFIG, "-o", join(dir, "r.pdf")]).code).toBe(2);
  });
});
