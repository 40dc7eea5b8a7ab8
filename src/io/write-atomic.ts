import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputError } from "../model/errors.js";

/** Write a file so that readers see the old content or the new one, never half of it. */
export function writeFileAtomic(file: string, content: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, "wx", 0o644);
    writeSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    // A path that cannot be written is the user's to fix (exit 2), not a crash.
    if (code) throw new InputError([{ file, path: [], code: "FILE_UNWRITABLE", detail: code }]);
    throw e;
  }
}

/**
 * Create a folder and its missing parents. Built by hand: a recursive mkdirSync spins forever on some
 * pseudo file systems (/proc), where a plain mkdir fails at once.
 */
export function ensureDir(dir: string): void {
  try {
    if (existsSync(dir)) {
      if (!statSync(dir).isDirectory()) throw Object.assign(new Error("not a directory"), { code: "ENOTDIR" });
      return;
    }
    const parent = dirname(dir);
    if (parent !== dir) ensureDir(parent);
    mkdirSync(dir);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError([{ file: dir, path: [], code: "FILE_UNWRITABLE", detail: (e as NodeJS.ErrnoException).code ?? String(e) }]);
  }
}
