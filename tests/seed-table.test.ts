import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { JsonReportSchema } from "../src/model/report.js";
import { config, ROOT, run, writeTemp } from "./helpers/cli.js";

// The GIP 2020 table, read from the catalogue itself: every tool with a gip2020 classification.
const dist = (
  JSON.parse(readFileSync(join(ROOT, "dist/catalog.json"), "utf8")) as {
    catalog: { tools: { id: string; gip2020?: { classification: string }; lifecycle: { status: string } }[] };
  }
).catalog;
const table = dist.tools.filter((t) => t.gip2020);
const recommended = table.filter((t) => t.gip2020?.classification === "recommended");
const alternatives = table.filter((t) => t.gip2020?.classification === "alternative");

function audit(policy: string) {
  const file = writeTemp("seed.yaml", config(table.map((t) => `  - tool: ${t.id}`).join("\n")));
  const r = run(["audit", "--offline", file, "--policy", policy, "--format", "json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(1);
  return JsonReportSchema.parse(JSON.parse(r.stdout));
}

describe("the GIP 2020 table, audited end to end from the built binary", () => {
  it("holds the whole table: 11 recommended tools and 14 alternatives", () => {
    expect(recommended.map((t) => t.id).sort()).toEqual(
      ["framacalc", "framadate", "framaforms", "framagenda", "framapad", "framaslides", "jitsi-meet", "libreoffice", "nextcloud", "pidgin", "scaleway-ensemble"],
    );
    expect(alternatives).toHaveLength(14);
  });

  it("under gip-2020, recommended tools still active do not fail and every alternative fails REF-LIST", () => {
    const report = audit("gip-2020");
    for (const t of recommended) {
      const v = report.tools.find((x) => x.id === t.id);
      if (t.lifecycle.status === "active") expect(v?.verdict, t.id).not.toBe("fail");
      else expect(v?.verdict, t.id).toBe("fail");
    }
    for (const t of alternatives) {
      expect(report.tools.find((x) => x.id === t.id)?.verdict, t.id).toBe("fail");
      expect(report.findings.some((f) => f.tool === t.id && f.rule === "REF-LIST" && f.code === "REF_GIP_ALTERNATIVE"), t.id).toBe(true);
    }
  });

  for (const policy of ["rgpd", "gip-2020", "souverain"]) {
    it(`under ${policy}, Skype, Google Hangouts and Scaleway Ensemble are DISCONTINUED with date and successor`, () => {
      const report = audit(policy);
      const expected = {
        skype: { date: "2025-05-05", successor: "microsoft-teams" },
        "google-hangouts": { date: "2022-11-01", successor: "google-workspace" },
        "scaleway-ensemble": { date: "2020-07-31", successor: null },
      };
      for (const [id, want] of Object.entries(expected)) {
        const f = report.findings.find((x) => x.tool === id && x.rule === "DISCONTINUED");
        expect(f, id).toBeDefined();
        expect(f?.args.date).toBe(want.date);
        expect(f?.args.successor).toBe(want.successor);
        expect(f?.severity).toBe("high");
        expect(f?.evidence.source).toMatch(/^https:\/\//);
      }
      const skype = report.findings.find((x) => x.tool === "skype" && x.rule === "DISCONTINUED");
      expect(skype?.message).toContain("Microsoft Teams");
    });
  }

  it("every failing tool is offered alternatives that pass the same policy", () => {
    const report = audit("rgpd");
    for (const t of report.tools.filter((x) => x.verdict === "fail")) {
      for (const alt of t.alternatives) {
        const file = writeTemp("alt.yaml", config(`  - tool: ${alt}`));
        const r = JsonReportSchema.parse(JSON.parse(run(["audit", "--offline", file, "--format", "json", "--fail-on", "none"]).stdout));
        expect(r.tools[0]?.verdict, `${t.id} → ${alt}`).not.toBe("fail");
      }
    }
    expect(report.tools.find((x) => x.id === "whatsapp")?.alternatives).toContain("tchap");
  });

  it("the example configs parse and audit", () => {
    for (const f of ["commune-outils-grand-public", "epci-auto-heberge", "etablissement-outils-etat"]) {
      const r = run(["audit", "--offline", `examples/${f}.yaml`, "--format", "json"]);
      expect([0, 1], `${f}: ${r.stderr}`).toContain(r.code);
      const report = JsonReportSchema.parse(JSON.parse(r.stdout));
      expect(report.tools.length).toBeGreaterThan(0);
      expect(parse(readFileSync(join(ROOT, "examples", `${f}.yaml`), "utf8")).version).toBe(1);
    }
  });
});
