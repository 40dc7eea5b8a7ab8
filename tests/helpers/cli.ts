import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
export const BIN = join(ROOT, "bin/teletravail.js");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built binary as a user would (no colour, no TTY). */
export function run(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    // Safety net: anything that is not loopback goes to a closed local "proxy" and never leaves the machine.
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", https_proxy: "http://127.0.0.1:9", http_proxy: "http://127.0.0.1:9", no_proxy: "127.0.0.1,localhost", ...opts.env },
    encoding: "utf8",
    timeout: 20_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Same as run(), without blocking the event loop: needed when the servers under test live in this process. */
export function runAsync(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: opts.cwd ?? ROOT,
        env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", https_proxy: "http://127.0.0.1:9", http_proxy: "http://127.0.0.1:9", no_proxy: "127.0.0.1,localhost", ...opts.env },
        encoding: "utf8",
        timeout: 60_000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "teletravail-test-"));
}

export function writeTemp(name: string, content: string | Buffer, dir = tempDir()): string {
  const f = join(dir, name);
  writeFileSync(f, content);
  return f;
}

/** A minimal valid config with the given tools block. */
export function config(tools: string, extra = ""): string {
  return `version: 1
organisation:
  name: Commune de Test
  type: commune
tools:
${tools}
${extra}`;
}
