import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, run, tempDir } from "../helpers/cli.js";

/** ANSI escape sequences, to read the screen as text. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[a-zA-Z]`, "g");
/** One key: Enter, an arrow, Backspace, Ctrl-C, or a character. */
const KEY = new RegExp(`\r|${String.fromCharCode(27)}\\[[AB]|${String.fromCharCode(127)}|${String.fromCharCode(3)}|.`, "gsu");

/** The built binary in a pseudo-terminal (util-linux `script`), driven like a person at the keyboard. */
function terminal(args: string[], cwd: string) {
  const cmd = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const child = spawn("script", ["-qec", cmd, "/dev/null"], {
    cwd,
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", TERM: "xterm", COLUMNS: "120", LINES: "40", HOME: cwd },
  });
  let screen = "";
  child.stdout.on("data", (d) => {
    screen += d;
  });
  const exited = new Promise<number | null>((r) => child.on("close", (code) => r(code)));
  return {
    exited,
    screen: () => screen.replace(ANSI, ""),
    /** Wait for text on the screen (after `from` characters), then type. */
    async expect(re: RegExp, keys: string, timeoutMs = 15_000) {
      const t0 = Date.now();
      while (!re.test(screen.replace(ANSI, ""))) {
        if (Date.now() - t0 > timeoutMs) throw new Error(`not on screen: ${re}\n${screen.slice(-1500)}`);
        await new Promise((r) => setTimeout(r, 30));
      }
      screen = "";
      for (const k of keys.match(KEY) ?? []) {
        child.stdin.write(k);
        await new Promise((r) => setTimeout(r, 40));
      }
    },
  };
}

describe("interview in a real terminal", () => {
  it("teletravail init asks, filters the tool list as you type, and writes a file that audits", async () => {
    const dir = tempDir();
    const t = terminal(["init", "-o", "teletravail.yaml"], dir);
    await t.expect(/Nom de l'organisation/, "Mairie de Test\r");
    await t.expect(/Type d'organisation/, "\r");
    await t.expect(/Population/, "900\r");
    await t.expect(/données sensibles/, "n\r");
    await t.expect(/Quels outils/, "whats");
    await t.expect(/WhatsApp/, " \u007f\u007f\u007f\u007f\u007ftchap");
    await t.expect(/Tchap/, " \r");
    await t.expect(/Autres outils/, "\r");
    for (let i = 0; i < 13; i++) await t.expect(/Bon réflexe/, i === 0 ? "\u001b[B\u001b[B\r" : "\r");
    expect(await t.exited).toBe(0);
    const yaml = readFileSync(join(dir, "teletravail.yaml"), "utf8");
    expect(yaml).toContain('name: "Mairie de Test"');
    expect(yaml).toContain("- tool: whatsapp");
    expect(yaml).toContain("- tool: tchap");
    expect(yaml).toContain("nominative_accounts: no");
    const audit = run(["audit", "--offline", join(dir, "teletravail.yaml"), "--format", "json"]);
    expect(audit.code).toBe(1);
    expect(JSON.parse(audit.stdout).tools.map((x: { id: string }) => x.id)).toEqual(["whatsapp", "tchap"]);
  }, 60_000);

  it("audit with no config interviews, audits, then offers to save the answers", async () => {
    const dir = tempDir();
    const t = terminal(["audit", "--offline"], dir);
    await t.expect(/Nom de l'organisation/, "Syndicat de Test\r");
    await t.expect(/Type d'organisation/, "\r");
    await t.expect(/Population/, "\r");
    await t.expect(/données sensibles/, "\r");
    await t.expect(/Quels outils/, "zoom \r");
    await t.expect(/Autres outils/, "\r");
    for (let i = 0; i < 13; i++) await t.expect(/Bon réflexe/, "\r");
    await t.expect(/Enregistrer vos réponses/, "\r");
    await t.expect(/Fichier/, "\r");
    expect(await t.exited).toBe(1);
    expect(t.screen()).toContain("Réponses enregistrées dans teletravail.yaml");
    const saved = run(["audit", "--offline", "--format", "json"], { cwd: dir });
    expect(JSON.parse(saved.stdout).tools.map((x: { id: string }) => x.id)).toEqual(["zoom"]);
  }, 60_000);

  it("Ctrl-C at any prompt exits 130 and writes nothing", async () => {
    const dir = tempDir();
    const t = terminal(["init", "-o", "teletravail.yaml"], dir);
    await t.expect(/Nom de l'organisation/, "Mairie\r");
    await t.expect(/Type d'organisation/, "\u0003");
    expect(await t.exited).toBe(130);
    expect(existsSync(join(dir, "teletravail.yaml"))).toBe(false);
  }, 30_000);

  it("without a terminal there is no prompt: a clear message and exit 2", () => {
    const r = run(["init"], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("terminal interactif");
    const a = run(["audit"], { cwd: tempDir() });
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("teletravail audit chemin/vers/config.yaml");
  });
});

