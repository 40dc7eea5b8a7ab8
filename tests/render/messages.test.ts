import { describe, expect, it } from "vitest";
import { CRITERIA } from "../../src/core/criteria/index.js";
import { PRACTICES } from "../../src/model/config.js";
import { MESSAGES } from "../../src/render/messages/index.js";
import { sanitize } from "../../src/render/text.js";
import { config, run, writeTemp } from "../helpers/cli.js";
import { JsonReportSchema } from "../../src/model/report.js";

describe("message tables", () => {
  for (const lang of ["fr", "en"] as const) {
    it(`${lang}: every criterion, code and practice has non-empty wording`, () => {
      const m = MESSAGES[lang];
      for (const c of CRITERIA) {
        const r = (m.rules as Record<string, { title: string; remediation: string }>)[c.id];
        expect(r?.title, c.id).toMatch(/\S/);
        expect(r?.remediation, c.id).toMatch(/\S/);
        for (const code of c.codes) expect(typeof (m.codes as Record<string, unknown>)[code], `${lang} ${code}`).toBe("function");
      }
      for (const p of PRACTICES) expect(m.practices[p].label, p).toMatch(/\S/);
    });
  }

  it("the two tables have the same keys", () => {
    const keys = (o: object): string[] => Object.keys(o).sort();
    for (const k of ["rules", "codes", "practices", "ui", "severity", "verdict", "orgType"] as const)
      expect(keys(MESSAGES.en[k]), k).toEqual(keys(MESSAGES.fr[k]));
  });

  it("untrusted text is made inert", () => {
    expect(sanitize("\u001b[31mrouge\u001b]0;titre\u0007\u202e")).toBe(" [31mrouge ]0;titre  ");
    expect(sanitize("x".repeat(500)).length).toBe(300);
  });
});

describe("reports", () => {
  const file = writeTemp("c.yaml", config("  - tool: zoom\n  - tool: skype\n  - name: \"Outil \\e[31mpiégé\"\n    category: chat"));

  it("the JSON output validates against the report schema, in both languages", () => {
    for (const lang of ["fr", "en"]) {
      const r = run(["audit", "--offline", file, "--format", "json", "--lang", lang]);
      expect(r.code).toBe(1);
      const report = JsonReportSchema.parse(JSON.parse(r.stdout));
      expect(report.lang).toBe(lang);
      expect(report.schemaVersion).toBe(1);
      expect(report.summary.notAssessed).toBeGreaterThan(0);
      expect(report.findings.every((f) => f.message.length > 0 && f.references.length > 0)).toBe(true);
    }
    expect(JSON.parse(run(["audit", "--offline", file, "--format", "json", "--lang", "en"]).stdout).findings[0].message).toMatch(/^[A-Z]/);
  });

  it("the terminal report escapes control characters from the config and honours NO_COLOR", () => {
    const r = run(["audit", "--offline", file]);
    expect(r.stdout).not.toContain("\u001b");
    expect(r.stdout).toContain("Outil  [31mpiégé");
    expect(r.stdout).toContain("Skype");
    expect(r.stdout).toContain("Alternatives : Visio");
    const colored = run(["audit", "--offline", file], { env: { FORCE_COLOR: "1", NO_COLOR: "" } });
    expect(colored.stdout).toContain("\u001b[");
  });

  it("--lang en and TELETRAVAIL_LANG switch the language", () => {
    expect(run(["--lang", "en", "audit", "--offline", file]).stdout).toContain("Remote-work audit");
    expect(run(["audit", "--offline", file], { env: { TELETRAVAIL_LANG: "en" } }).stdout).toContain("Remote-work audit");
  });

  it("--help teaches in French, and in English with --lang en", () => {
    const fr = run(["audit", "--help"]);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toContain("Codes de sortie");
    const en = run(["--lang", "en", "audit", "--help"]);
    expect(en.stdout).toContain("Exit codes");
    expect(en.stdout).toContain("severity from which the exit code is 1");
    expect(run(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("criteria lists every criterion", () => {
    const r = run(["criteria", "--json"]);
    const ids = JSON.parse(r.stdout).criteria.map((c: { id: string }) => c.id);
    expect(ids).toContain("HOST-EU");
    expect(ids).toContain("COVER-FILES");
    expect(ids).not.toContain("COVER-CATEGORY");
  });
});
