import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCatalogDir } from "../src/io/read-catalog.js";
import { loadCatalog } from "../src/app/run-audit.js";
import { InputError } from "../src/model/errors.js";
import { ROOT, run, tempDir } from "./helpers/cli.js";

const FACT_BLOCKS = ["vendor", "hosting", "transfers", "dpa", "licence", "self_hostable", "e2ee", "business_model", "mfa", "odf", "secnumcloud", "certifications", "lifecycle", "gip2020", "support"];

describe("the shipped catalogue", () => {
  const { catalog } = loadCatalog({ builtinDir: join(ROOT, "catalog") });

  it("validates with `teletravail catalog validate`", () => {
    const r = run(["catalog", "validate"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/catalogue 2026\.\d+ valide : \d+ outils/);
  });

  it("gives every fact a source, a check date and a confidence", () => {
    for (const t of catalog.tools)
      for (const block of FACT_BLOCKS) {
        const f = (t as unknown as Record<string, Record<string, unknown> | undefined>)[block];
        if (!f) continue;
        expect(f.source, `${t.id}.${block}`).toMatch(/\S/);
        expect(f.checked, `${t.id}.${block}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(["verified", "secondary", "unverified"], `${t.id}.${block}`).toContain(f.confidence);
      }
  });

  it("shows Skype discontinued on 2025-05-05 with its successor and source", () => {
    const r = run(["catalog", "show", "skype"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("arrêté 2025-05-05");
    expect(run(["--lang", "en", "catalog", "show", "skype"]).stdout).toContain("discontinued 2025-05-05");
    expect(r.stdout).toContain("Microsoft Teams");
    expect(r.stdout).toContain("https://soylentnews.org/");
  });

  it("lists by category, and as JSON", () => {
    const r = run(["catalog", "list", "--category", "visio", "--json"]);
    const tools = JSON.parse(r.stdout) as { id: string; categories: string[] }[];
    expect(tools.length).toBeGreaterThan(5);
    expect(tools.every((t) => t.categories.includes("visio"))).toBe(true);
    expect(run(["catalog", "show", "Nextclowd"]).stderr).toContain("nextcloud");
  });
});

describe("catalogue validation catches broken data", () => {
  function broken(edit: (dir: string) => void): string {
    const dir = tempDir();
    cpSync(join(ROOT, "catalog"), dir, { recursive: true });
    edit(dir);
    try {
      readCatalogDir(dir);
      loadCatalog({ builtinDir: dir });
      return "";
    } catch (e) {
      if (e instanceof InputError) return e.problems.map((p) => `${p.file}:${p.line ?? 0} ${p.code} ${p.detail ?? ""} ${p.path.join(".")}`).join("\n");
      throw e;
    }
  }
  const patch = (dir: string, id: string, from: string | RegExp, to: string) => {
    const f = join(dir, "tools", `${id}.yaml`);
    writeFileSync(f, readFileSync(f, "utf8").replace(from, to));
  };

  it("a fact without its source", () => {
    expect(broken((d) => patch(d, "zoom", / {2}source: "https:\/\/www\.zoom\.com[^\n]*\n/, ""))).toMatch(/zoom\.yaml:\d+ MISSING_KEY .*source/);
  });
  it("a fact without its date or confidence", () => {
    expect(broken((d) => patch(d, "zoom", / {2}checked: [^\n]*\n/, ""))).toMatch(/MISSING_KEY .*checked/);
    expect(broken((d) => patch(d, "zoom", / {2}confidence: [^\n]*\n/, ""))).toMatch(/MISSING_KEY .*confidence/);
  });
  it("an alternative or successor that does not resolve", () => {
    expect(broken((d) => patch(d, "zoom", "alternatives: [visio", "alternatives: [visioo"))).toContain("alternative inconnue « visioo »");
    expect(broken((d) => patch(d, "skype", "successor: microsoft-teams", "successor: teams"))).toContain("successeur inconnu « teams »");
  });
  it("two tools claiming the same alias", () => {
    expect(broken((d) => patch(d, "zoom", "aliases: [", "aliases: [MS Teams, "))).toContain("déjà pris");
  });
  it("a file whose id is not its name", () => {
    expect(broken((d) => patch(d, "zoom", "id: zoom", "id: zoom2"))).toMatch(/zoom\.yaml:\d+ BAD_VALUE id = file name id/);
  });
});

describe("the compiled catalogue", () => {
  it("is trusted when its digest matches, validated again when changed, and ignored when invalid", async () => {
    const { readCatalog } = await import("../src/io/read-catalog.js");
    const compiled = JSON.parse(readFileSync(join(ROOT, "dist/catalog.json"), "utf8"));
    const dir = tempDir();
    const file = join(dir, "catalog.json");
    // Changed after the build but still valid: used, after validation.
    compiled.catalog.tools[0].name = "Renamed Tool";
    writeFileSync(file, JSON.stringify(compiled));
    expect(readCatalog({ builtinDir: join(ROOT, "catalog"), compiled: file }).tools[0]?.name).toBe("Renamed Tool");
    // Changed and invalid: ignored, the YAML catalogue is read instead.
    compiled.catalog.tools[0].kind = "spaceship";
    writeFileSync(file, JSON.stringify(compiled));
    const fromYaml = readCatalog({ builtinDir: join(ROOT, "catalog"), compiled: file });
    expect(fromYaml.tools.some((t) => t.name === "Renamed Tool")).toBe(false);
    expect(fromYaml.tools.length).toBe(compiled.catalog.tools.length);
  });
});

describe("alternatives", () => {
  it("every tool that fails under the default policy gets an alternative of the same category that passes it", async () => {
    const { buildReport } = await import("../src/core/build-report.js");
    const { ConfigSchema } = await import("../src/model/config.js");
    const { catalog } = loadCatalog({ builtinDir: join(ROOT, "catalog") });
    const missing: string[] = [];
    for (const tool of catalog.tools) {
      const config = ConfigSchema.parse({ version: 1, organisation: { name: "T", type: "commune" }, tools: [{ tool: tool.id }] });
      const report = buildReport({ catalog, config, now: "2026-11-30T00:00:00.000Z", version: "t", lang: "fr", failOn: "high" });
      const t = report.tools[0];
      if (t?.verdict !== "fail") continue;
      const same = t.alternatives.filter((a) => catalog.tools.find((x) => x.id === a)?.categories.some((c) => tool.categories.includes(c)));
      if (same.length === 0) missing.push(tool.id);
    }
    expect(missing).toEqual([]);
  });
});

describe("an organisation's own catalogue entries (--catalog DIR)", () => {
  it("are validated the same way and merged over the shipped catalogue", () => {
    const dir = tempDir();
    const own = readFileSync(join(ROOT, "catalog/tools/tchap.yaml"), "utf8")
      .replace("id: tchap", "id: rh-maison")
      .replace(/name: [^\n]+/, "name: RH Maison")
      .replace(/aliases: \[[^\]]*\]/, "aliases: [Logiciel RH Maison]");
    writeFileSync(join(dir, "rh-maison.yaml"), own);
    expect(run(["catalog", "validate", dir]).stdout).toContain("1 fiche(s) valide(s)");
    const cfgFile = join(dir, "..", `cfg-${Date.now()}.yaml`);
    writeFileSync(cfgFile, "version: 1\norganisation: { name: X, type: commune }\ntools:\n  - tool: logiciel rh maison\n");
    const r = run(["audit", "--offline", cfgFile, "--catalog", dir, "--format", "json"]);
    expect(JSON.parse(r.stdout).tools[0]).toMatchObject({ catalogId: "rh-maison", known: true });
    writeFileSync(join(dir, "rh-maison.yaml"), own.replace(/ {2}source: [^\n]+\n/, ""));
    const bad = run(["catalog", "validate", dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/rh-maison\.yaml:\d+:\d+ .*source/);
  });
});
