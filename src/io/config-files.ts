import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../model/errors.js";

/** Names looked for in the current folder when no config is given. */
export const DISCOVERED = ["teletravail.yaml", ".teletravail.yaml", "teletravail.yml", ".teletravail.yml"];

/** The config found in `dir`, if any. */
export function discoverConfig(dir: string): string | undefined {
  return DISCOVERED.map((n) => join(dir, n)).find((f) => existsSync(f));
}

/** Expand the command line's configs: a folder stands for its .yaml/.yml/.json files, sorted. */
export function expandConfigArgs(args: readonly string[]): { files: string[]; fleet: boolean } {
  const files: string[] = [];
  let sawDir = false;
  for (const a of args) {
    if (existsSync(a) && statSync(a).isDirectory()) {
      sawDir = true;
      const found = readdirSync(a)
        .filter((f) => /\.(ya?ml|json)$/i.test(f))
        .sort()
        .map((f) => join(a, f))
        .filter((f) => statSync(f).isFile());
      if (found.length === 0) throw new InputError([{ file: a, path: [], code: "FILE_NOT_FOUND", detail: "*.yaml" }]);
      files.push(...found);
    } else files.push(a);
  }
  return { files, fleet: sawDir || files.length > 1 };
}
