import { readFileSync, statSync } from "node:fs";
import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { InputError, type InputProblem } from "../model/errors.js";

/** Configs and catalogue entries are small; anything larger is a mistake (or an attack). */
export const MAX_BYTES = 1024 * 1024;
/** Aliases a document may expand; the yaml default (100) already stops "billion laughs". */
export const MAX_ALIASES = 100;

export interface YamlSource {
  file: string;
  value: unknown;
  doc: Document;
  lines: LineCounter;
}

/** Read a file as text, refusing what is not a small UTF-8 text file. */
export function readTextFile(file: string, maxBytes = MAX_BYTES): string {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError([{ file, path: [], code: "NOT_A_DIRECTORY" }]);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError([{ file, path: [], code: code === "ENOENT" ? "FILE_NOT_FOUND" : "FILE_UNREADABLE", detail: code ?? String(e) }]);
  }
  if (size > maxBytes) throw new InputError([{ file, path: [], code: "FILE_TOO_LARGE", detail: String(size), expected: String(maxBytes) }]);
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw new InputError([{ file, path: [], code: "FILE_UNREADABLE", detail: (e as NodeJS.ErrnoException).code ?? String(e) }]);
  }
  if (buf.length > maxBytes) throw new InputError([{ file, path: [], code: "FILE_TOO_LARGE", detail: String(buf.length), expected: String(maxBytes) }]);
  if (buf.includes(0)) throw new InputError([{ file, path: [], code: "FILE_BINARY" }]);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new InputError([{ file, path: [], code: "FILE_BINARY", detail: "utf-8" }]);
  }
  return text.replace(/^\uFEFF/, "");
}

/** Parse YAML (JSON is YAML too) keeping positions, with the defences against hostile documents. */
export function parseYaml(text: string, file: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  if (doc.errors.length > 0) {
    throw new InputError(
      doc.errors.slice(0, 5).map((err) => {
        const pos = lines.linePos(err.pos[0]);
        return { file, line: pos.line, column: pos.col, path: [], code: "YAML_SYNTAX", detail: firstLine(err.message) };
      }),
    );
  }
  if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === "")))
    throw new InputError([{ file, path: [], code: "FILE_EMPTY" }]);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/alias/i.test(msg)) throw new InputError([{ file, line: 1, column: 1, path: [], code: "YAML_ALIAS_BOMB", detail: String(MAX_ALIASES) }]);
    throw new InputError([{ file, line: 1, column: 1, path: [], code: "YAML_SYNTAX", detail: firstLine(msg) }]);
  }
  return { file, value, doc, lines };
}

export function loadYamlFile(file: string): YamlSource {
  return parseYaml(readTextFile(file), file);
}

function firstLine(s: string): string {
  return (s.split("\n")[0] ?? s).slice(0, 200);
}

/**
 * Line and column (1-based) of the node at `path`; with `key`, of the key of the last segment.
 * Falls back to the deepest node that exists.
 */
export function positionOf(src: YamlSource, path: readonly (string | number)[], key = false): { line: number; column: number } | undefined {
  let node: unknown = src.doc.contents;
  let best: Node | undefined = isNode(node) ? node : undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (last && key && isNode(pair.key)) {
        best = pair.key;
        break;
      }
      node = pair.value;
      if (isNode(pair.value)) best = pair.value;
      else if (isNode(pair.key)) best = pair.key;
    } else if (isSeq(node) && typeof seg === "number") {
      node = node.items[seg];
      if (isNode(node)) best = node;
      else break;
    } else break;
  }
  const offset = best?.range?.[0];
  if (offset === undefined) return undefined;
  const p = src.lines.linePos(offset);
  return { line: p.line, column: p.col };
}

function isNode(n: unknown): n is Node {
  return typeof n === "object" && n !== null && "range" in n;
}

/** Attach positions to problems raised against a parsed source. */
export function locate(src: YamlSource, problem: Omit<InputProblem, "file">, key = false): InputProblem {
  const pos = positionOf(src, problem.path, key);
  return { ...problem, file: src.file, ...(pos ? { line: pos.line, column: pos.column } : {}) };
}
