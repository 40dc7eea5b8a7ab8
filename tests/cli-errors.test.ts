import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { config, ROOT, run, tempDir, writeTemp } from "./helpers/cli.js";

/** Audit a file as the binary would; returns the run and where --output would have gone. */
function auditText(content: string | Buffer, name = "teletravail.yaml", args: string[] = []) {
  const dir = tempDir();
  const file = writeTemp(name, content, dir);
  const out = join(dir, "rapport.json");
  const r = run(["audit", "--offline", file, "-o", out, ...args]);
  return { ...r, out, file };
}

describe("bad input gets a clear error, exit 2, and nothing written", () => {
  it("malformed YAML names file, line and column", () => {
    const r = auditText("version: 1\norganisation:\n  name: [unclosed\n  type: commune\n");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/teletravail\.yaml:\d+:\d+ : YAML invalide/);
    expect(existsSync(r.out)).toBe(false);
  });

  it("a wrong type names the key path, what was expected and what came", () => {
    const r = auditText("version: 1\norganisation:\n  name: X\n  type: commune\n  population: beaucoup\n");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("teletravail.yaml:5:15 organisation.population : type string reçu, number attendu");
    expect(existsSync(r.out)).toBe(false);
  });

  it("an unknown key gets the closest valid key", () => {
    const r = auditText(config("  - tool: zoom\n    acess: vpn"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("teletravail.yaml:7:5 tools[0].acess : clé inconnue");
    expect(r.stderr).toContain("vouliez-vous dire « access » ?");
  });

  it("a bad enum value suggests the closest one, in English with --lang en", () => {
    const dir = tempDir();
    const file = writeTemp("c.yaml", "version: 1\norganisation:\n  name: X\n  type: comune\n", dir);
    const r = run(["--lang", "en", "audit", "--offline", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('c.yaml:4:9 organisation.type: invalid value "comune"');
    expect(r.stderr).toContain('did you mean "commune"?');
  });

  it("an unknown tool is not fatal: it becomes an UNKNOWN-TOOL finding with a suggestion", () => {
    const r = auditText(config("  - tool: Nextclowd"), "teletravail.yaml", ["--fail-on", "high"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(r.out, "utf8"));
    const f = report.findings.find((x: { rule: string }) => x.rule === "UNKNOWN-TOOL");
    expect(f.args).toMatchObject({ written: "Nextclowd", suggestions: ["nextcloud"] });
    expect(f.message).toContain("vouliez-vous dire « Nextcloud » ?");
  });

  it("aliases, case, accents and punctuation land on the right tool", () => {
    const r = auditText(config(["MS Teams", "gdrive", "FRAMA-PAD", "G Suite", "Jitsi"].map((t) => `  - tool: ${t}`).join("\n")), "c.yaml", ["--fail-on", "none"]);
    expect(r.code).toBe(0);
    const ids = JSON.parse(readFileSync(r.out, "utf8")).tools.map((t: { catalogId: string }) => t.catalogId);
    expect(ids).toEqual(["microsoft-teams", "google-workspace", "framapad", "google-workspace", "jitsi-meet"]);
  });

  it("a YAML alias bomb is refused at once", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const r = auditText(bomb.join("\n"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("trop d'alias YAML");
  });

  it("a 10 MB file, a binary file and an empty file each get their own message", () => {
    const big = auditText(`# ${"x".repeat(10 * 1024 * 1024)}\n`);
    expect(big.code).toBe(2);
    expect(big.stderr).toContain("fichier trop gros");
    const bin = auditText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(bin.code).toBe(2);
    expect(bin.stderr).toContain("fichier binaire");
    const empty = auditText("# rien\n\n");
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("fichier vide");
  });

  it("a JSON file is read as YAML: a valid config in JSON audits, an unrelated JSON gets schema errors", () => {
    const ok = auditText(JSON.stringify({ version: 1, organisation: { name: "X", type: "commune" }, tools: [{ tool: "tchap" }] }), "c.json", [
      "--fail-on",
      "none",
    ]);
    expect(ok.code).toBe(0);
    const bad = auditText(JSON.stringify({ name: "my-package", dependencies: {} }), "package.json");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("clé inconnue");
    expect(bad.stderr).toContain("version : clé obligatoire manquante (1 attendu)");
  });

  it("a missing config file and an unknown option exit 2", () => {
    expect(run(["audit", "--offline", "/nonexistent/teletravail.yaml"]).stderr).toContain("fichier introuvable");
    expect(run(["audit", "--offline", "/nonexistent/teletravail.yaml"]).code).toBe(2);
    const r = run(["audit", "--offline", "--frmat", "json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format");
  });

  it("an unknown rule in a waiver is an error that suggests the right id", () => {
    const r = auditText(config("  - tool: zoom", "exceptions:\n  - rule: JURIS-EXTRA\n    tool: zoom\n    reason: marché en cours\n    expires: 2030-01-01\n"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("exceptions[0].rule : critère « JURIS-EXTRA » inconnu");
    expect(r.stderr).toContain("« JURIS-EXTRA-EU »");
  });

  it("nothing is written over an existing report when a run fails", () => {
    const dir = tempDir();
    const out = join(dir, "rapport.json");
    writeFileSync(out, "previous report");
    const file = writeTemp("bad.yaml", "version: 1\norganisation: [", dir);
    const r = run(["audit", "--offline", file, "-o", out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("previous report");
  });
});

describe("waivers", () => {
  const waiver = (expires: string, rule = "JURIS-EXTRA-EU") =>
    `exceptions:\n  - rule: ${rule}\n    tool: zoom\n    reason: marché en cours\n    expires: ${expires}\n`;

  it("an active waiver covers its findings", () => {
    const r = auditText(config("  - tool: zoom", waiver("2099-12-31")), "c.yaml", ["--fail-on", "none"]);
    const report = JSON.parse(readFileSync(r.out, "utf8"));
    expect(report.waivers[0]).toMatchObject({ status: "active", matched: 1 });
    expect(report.findings.find((f: { rule: string }) => f.rule === "JURIS-EXTRA-EU").waived).toBe(true);
  });

  it("an expired waiver stops applying and is reported", () => {
    const r = auditText(config("  - tool: zoom", waiver("2020-01-01")), "c.yaml", ["--fail-on", "none"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(r.out, "utf8"));
    expect(report.waivers[0]).toMatchObject({ status: "expired" });
    expect(report.findings.find((f: { rule: string }) => f.rule === "JURIS-EXTRA-EU").waived).toBe(false);
    const dir = tempDir();
    const t = run(["audit", "--offline", writeTemp("c.yaml", config("  - tool: zoom", waiver("2020-01-01")), dir)]);
    expect(t.stdout).toContain("expirée (ne s'applique plus)");
  });

  it("a waiver that matches nothing is reported", () => {
    const r = auditText(config("  - tool: zoom", waiver("2099-12-31", "DISCONTINUED")), "c.yaml", ["--fail-on", "none"]);
    expect(JSON.parse(readFileSync(r.out, "utf8")).waivers[0]).toMatchObject({ status: "unused", matched: 0 });
  });
});

describe("internal errors", () => {
  it("exit 3 with a short message; the stack only with --debug", async () => {
    const { main } = await import("../src/cli/main.js");
    const io = (err: string[]) => ({
      stdout: () => {
        throw new Error("disque plein");
      },
      stderr: (s: string) => {
        err.push(s);
      },
      env: {},
      isTTY: false,
      now: () => new Date("2026-11-30T00:00:00Z"),
      cwd: () => process.cwd(),
    });
    const plain: string[] = [];
    expect(await main(["catalog", "list"], io(plain))).toBe(3);
    expect(plain.join("")).toContain("erreur interne : disque plein");
    expect(plain.join("")).toContain("--debug");
    expect(plain.join("")).not.toContain("    at ");
    const debug: string[] = [];
    expect(await main(["--debug", "catalog", "list"], io(debug))).toBe(3);
    expect(debug.join("")).toContain("    at ");
  });
});

describe("secrets and command-line mistakes", () => {
  it("a URL with a user name or password is refused, without echoing it", () => {
    const r = auditText(config('  - tool: nextcloud\n    url: "https://admin:s3cret@cloud.exemple.fr"'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tools[0].url");
    expect(r.stderr).not.toContain("s3cret");
    const p = run(["probe", "https://admin:s3cret@cloud.exemple.fr/"]);
    expect(p.code).toBe(2);
    expect(p.stderr).not.toContain("s3cret");
  });

  it("commander's errors are in French by default and suggest the right word", () => {
    const r = run(["audti"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("commande inconnue « audti »");
    expect(r.stderr).toContain("vouliez-vous dire audit ?");
    expect(run(["--lang", "en", "audti"]).stderr).toContain("unknown command 'audti'");
  });
});

describe("where reports go", () => {
  it("an --output in a missing folder, or an --output-dir that cannot be made, fails at once with exit 2", () => {
    const file = writeTemp("c.yaml", config("  - tool: zoom"));
    const r = run(["audit", file, "-o", "/nonexistent-folder/r.md"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("/nonexistent-folder/r.md : écriture impossible (ENOENT)");
    const d = run(["audit", "--offline", join(ROOT, "examples"), "--output-dir", "/proc/teletravail-test"]);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain("écriture impossible");
    const ok = join(tempDir(), "a", "b");
    expect(run(["audit", "--offline", join(ROOT, "examples"), "--output-dir", ok]).code).toBe(1);
    expect(readdirSync(ok)).toHaveLength(3);
  });
});
