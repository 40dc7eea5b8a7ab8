import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { JsonReportSchema } from "../src/model/report.js";
import { BIN, config, ROOT, run, runAsync, tempDir, writeTemp } from "./helpers/cli.js";
import { httpServer, type TestServer } from "./helpers/servers.js";

describe("teletravail schema", () => {
  it("prints a JSON Schema that accepts the examples and rejects a wrong config", () => {
    const r = run(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    type AjvClass = typeof Ajv2020.default;
    const Ajv = ((Ajv2020 as unknown as { default?: AjvClass }).default ?? Ajv2020) as AjvClass;
    const validate = new Ajv({ strict: false, validateFormats: false }).compile(schema);
    for (const f of readdirSync(join(ROOT, "examples")))
      expect(validate(parse(readFileSync(join(ROOT, "examples", f), "utf8"))), `${f} ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(validate({ version: 1, organisation: { name: "X", type: "mairie" } })).toBe(false);
    expect(validate({ version: 1, organisation: { name: "X", type: "commune" }, tool: [] })).toBe(false);
  });
});

describe("config discovery and TELETRAVAIL_* variables", () => {
  it("finds .teletravail.yaml in the current folder", () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".teletravail.yaml"), config("  - tool: tchap"));
    const r = run(["audit", "--offline", "--format", "json"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).organisation.name).toBe("Commune de Test");
    const none = run(["audit", "--offline"], { cwd: tempDir() });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(".teletravail.yaml");
  });

  it("reads the main options from the environment", () => {
    const file = writeTemp("c.yaml", config("  - tool: zoom"));
    expect(run(["audit", file], { env: { TELETRAVAIL_OFFLINE: "1" } }).code).toBe(1);
    const r = run(["audit", file], { env: { TELETRAVAIL_OFFLINE: "1", TELETRAVAIL_FAIL_ON: "none", TELETRAVAIL_FORMAT: "json", TELETRAVAIL_LANG: "en", TELETRAVAIL_POLICY: "souverain" } });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.lang).toBe("en");
    expect(report.policy.id).toBe("souverain");
    expect(report.vantage.mode).toBe("offline");
  });
});

describe("--baseline and diff", () => {
  it("fails only on what is new or worse than the previous report", () => {
    const dir = tempDir();
    const before = writeTemp("before.yaml", config("  - tool: zoom"), dir);
    const prev = join(dir, "prev.json");
    expect(run(["audit", "--offline", before, "-o", prev]).code).toBe(1);
    // Same tools: the high findings were already there, so the change passes.
    const same = run(["audit", "--offline", before, "--baseline", prev, "--format", "json"]);
    expect(same.code).toBe(0);
    const sameReport = JsonReportSchema.parse(JSON.parse(same.stdout));
    expect(sameReport.baseline).toMatchObject({ new: 0, worse: 0, fixed: 0 });
    // Adding Skype brings new high findings: the change fails, and only those are marked new.
    const after = writeTemp("after.yaml", config("  - tool: zoom\n  - tool: skype"), dir);
    const added = run(["audit", "--offline", after, "--baseline", prev, "--format", "json"]);
    expect(added.code).toBe(1);
    const report = JsonReportSchema.parse(JSON.parse(added.stdout));
    expect(report.findings.filter((f) => f.baseline === "new").every((f) => f.tool === "skype" || f.tool === null)).toBe(true);
    expect(report.findings.filter((f) => f.tool === "zoom").every((f) => f.baseline === "unchanged")).toBe(true);
    // Removing the only tool: nothing new, findings fixed.
    const fixed = run(["audit", "--offline", writeTemp("e.yaml", config("  - tool: tchap"), dir), "--baseline", prev, "--format", "json"]);
    expect(fixed.code).toBe(0);
    expect(JSON.parse(fixed.stdout).baseline.fixed).toBeGreaterThan(0);
    expect(run(["audit", "--offline", after, "--baseline", join(dir, "nope.json")]).code).toBe(2);
  });

  it("diff summarises what changed between two reports", () => {
    const dir = tempDir();
    const a = join(dir, "a.json");
    const b = join(dir, "b.json");
    run(["audit", "--offline", writeTemp("a.yaml", config("  - tool: zoom\n  - tool: tchap"), dir), "-o", a]);
    run(["audit", "--offline", writeTemp("b.yaml", config("  - tool: zoom\n  - tool: skype"), dir), "-o", b]);
    const t = run(["diff", a, b]);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain("Outils ajoutés");
    expect(t.stdout).toContain("Skype");
    expect(t.stdout).toContain("Outils retirés");
    const j = JSON.parse(run(["diff", a, b, "--format", "json"]).stdout);
    expect(j.toolsAdded.map((x: { id: string }) => x.id)).toEqual(["skype"]);
    expect(j.toolsRemoved.map((x: { id: string }) => x.id)).toEqual(["tchap"]);
    expect(run(["diff", a, b, "--fail-on", "high"]).code).toBe(1);
    expect(run(["diff", a, a, "--fail-on", "high"]).code).toBe(0);
  });
});

describe("fleet audits", () => {
  let servers: TestServer[] = [];
  const hits = new Map<string, number>();
  beforeAll(async () => {
    servers = await Promise.all(
      Array.from({ length: 10 }, () =>
        httpServer((q, r) => {
          hits.set(`${q.headers.host}${q.url}`, (hits.get(`${q.headers.host}${q.url}`) ?? 0) + 1);
          r.end("ok");
        }),
      ),
    );
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  it("50 configs sharing 10 URLs: each URL fetched once; a malformed config is reported, not fatal", async () => {
    const dir = tempDir();
    const configs = join(dir, "configs");
    mkdirSync(configs);
    for (let i = 0; i < 50; i++) {
      const tools = [0, 1, 2].map((k) => `  - name: Outil ${k}\n    category: files\n    url: ${servers[(i + k) % 10]?.url}app\n    hosting: { country: FR }`);
      writeFileSync(join(configs, `org-${String(i).padStart(2, "0")}.yaml`), `version: 1\norganisation: { name: Organisation ${i}, type: commune }\ntools:\n${tools.join("\n")}\n`);
    }
    writeFileSync(join(configs, "zz-broken.yaml"), "version: 1\norganisation: [\n");
    const outDir = join(dir, "reports");
    const r = await runAsync(["audit", configs, "--output-dir", outDir, "--format", "json"]);
    expect(r.code).toBe(2); // one config was unreadable
    expect(r.stderr).toContain("zz-broken.yaml:");
    expect(r.stdout).toContain("50 organisations");
    expect(r.stdout).toContain("zz-broken.yaml");
    expect([...hits.values()]).toHaveLength(10);
    expect([...hits.values()].every((n) => n === 1)).toBe(true);
    const written = readdirSync(outDir);
    expect(written).toHaveLength(50);
    expect(JsonReportSchema.parse(JSON.parse(readFileSync(join(outDir, "org-07.json"), "utf8"))).organisation.name).toBe("Organisation 7");
  });

  it("prints the organisations and the most common non-compliant tools, with alternatives", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.yaml"), config("  - tool: whatsapp\n  - tool: zoom"));
    writeFileSync(join(dir, "b.yaml"), config("  - tool: whatsapp"));
    const r = run(["audit", "--offline", dir, "--format", "json"]);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s.organisations).toHaveLength(2);
    expect(s.commonFailures[0]).toMatchObject({ id: "whatsapp", organisations: 2 });
    expect(s.commonFailures[0].alternatives).toContain("tchap");
    const md = run(["audit", "--offline", dir, "--format", "markdown"]);
    expect(md.stdout).toContain("| WhatsApp | 2 |");
  });
});

describe("the GitHub Action", () => {
  it("action.yml runs scripts/github-action.sh, which this test runs the same way", () => {
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8"));
    const steps = action.runs.steps as { run?: string; uses?: string; env?: Record<string, string> }[];
    expect(steps.some((s) => s.run?.includes("scripts/github-action.sh"))).toBe(true);
    expect(steps.some((s) => s.uses?.startsWith("github/codeql-action/upload-sarif"))).toBe(true);

    const dir = tempDir();
    const summary = join(dir, "summary.md");
    const output = join(dir, "output.txt");
    writeFileSync(summary, "");
    writeFileSync(output, "");
    const cfg = writeTemp("teletravail.yaml", config("  - tool: zoom"), dir);
    const env = { ...process.env, TT_BIN: BIN, TT_CONFIG: cfg, TT_FAIL_ON: "high", TT_LANG: "fr", TT_POLICY: "", TT_BASELINE: "", TT_OFFLINE: "true", RUNNER_TEMP: dir, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output };
    execFileSync("bash", [join(ROOT, "scripts/github-action.sh")], { env, stdio: "pipe" });
    expect(readFileSync(summary, "utf8")).toMatch(/^# Audit télétravail/);
    const outputs = Object.fromEntries(readFileSync(output, "utf8").trim().split("\n").map((l) => l.split("=") as [string, string]));
    expect(outputs["exit-code"]).toBe("1");
    expect(JSON.parse(readFileSync(outputs.sarif ?? "", "utf8")).version).toBe("2.1.0");
    expect(JsonReportSchema.parse(JSON.parse(readFileSync(outputs.json ?? "", "utf8"))).tools[0]?.id).toBe("zoom");
    // A bad config stops the step itself with exit 2.
    const bad = writeTemp("bad.yaml", "version: 2\n", dir);
    expect(() => execFileSync("bash", [join(ROOT, "scripts/github-action.sh")], { env: { ...env, TT_CONFIG: bad }, stdio: "pipe" })).toThrow();
  });
});
