import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { checkCatalog } from "../core/check-catalog.js";
import { type Catalog, CategoriesFileSchema, type Category, type Tool, ToolSchema } from "../model/catalog.js";
import { InputError, type InputProblem } from "../model/errors.js";
import { loadYamlFile, locate } from "./yaml-source.js";
import { zodProblems } from "./zod-problems.js";

interface Partial {
  version?: string;
  categories: Category[];
  tools: Tool[];
  files: Map<string, string>;
  problems: InputProblem[];
}

function readTools(dir: string, acc: Partial): void {
  const names = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  for (const name of names) {
    const file = join(dir, name);
    try {
      const src = loadYamlFile(file);
      const r = ToolSchema.safeParse(src.value);
      if (!r.success) {
        acc.problems.push(...zodProblems(src, ToolSchema, r.error.issues));
        continue;
      }
      const id = basename(name).replace(/\.ya?ml$/, "");
      if (r.data.id !== id) acc.problems.push(locate(src, { path: ["id"], code: "BAD_VALUE", expected: id, received: r.data.id, detail: "id = file name" }));
      acc.tools.push(r.data);
      acc.files.set(r.data.id, file);
    } catch (e) {
      if (e instanceof InputError) acc.problems.push(...e.problems);
      else throw e;
    }
  }
}

/**
 * Read a catalogue folder: `categories.yaml` (optional for an organisation's extra folder) and one
 * file per tool in `tools/` (or directly in the folder).
 */
export function readCatalogDir(dir: string, acc: Partial = { categories: [], tools: [], files: new Map(), problems: [] }): Partial {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError([{ file: dir, path: [], code: "NOT_A_DIRECTORY" }]);
  const catFile = join(dir, "categories.yaml");
  if (existsSync(catFile)) {
    try {
      const src = loadYamlFile(catFile);
      const r = CategoriesFileSchema.safeParse(src.value);
      if (r.success) {
        acc.version = r.data.catalog_version;
        for (const c of r.data.categories) {
          const i = acc.categories.findIndex((x) => x.id === c.id);
          if (i >= 0) acc.categories[i] = c;
          else acc.categories.push(c);
        }
      } else acc.problems.push(...zodProblems(src, CategoriesFileSchema, r.error.issues));
    } catch (e) {
      if (e instanceof InputError) acc.problems.push(...e.problems);
      else throw e;
    }
  }
  const toolsDir = join(dir, "tools");
  readTools(existsSync(toolsDir) && statSync(toolsDir).isDirectory() ? toolsDir : dir, acc);
  return acc;
}

function finish(acc: Partial): Catalog {
  const catalog: Catalog = { version: acc.version ?? "unknown", categories: acc.categories, tools: acc.tools };
  const problems = [...acc.problems];
  for (const p of checkCatalog(catalog))
    problems.push({ file: acc.files.get(p.where) ?? "categories.yaml", path: [], code: "CATALOG_REFERENCE", detail: p.message });
  if (problems.length) throw new InputError(problems);
  return catalog;
}

/** The shipped catalogue (compiled JSON when the build made one, else the YAML), plus extra folders. */
export function readCatalog(opts: { builtinDir: string; compiled?: string; extraDirs?: string[] }): Catalog {
  let acc: Partial;
  const compiled = opts.compiled && existsSync(opts.compiled) ? readCompiled(opts.compiled) : undefined;
  if (compiled) acc = { ...compiled, files: new Map(), problems: [] };
  else acc = readCatalogDir(opts.builtinDir);
  for (const dir of opts.extraDirs ?? []) {
    const extra = readCatalogDir(dir, { categories: [], tools: [], files: new Map(), problems: [] });
    acc.problems.push(...extra.problems);
    for (const c of extra.categories) {
      const i = acc.categories.findIndex((x) => x.id === c.id);
      if (i >= 0) acc.categories[i] = c;
      else acc.categories.push(c);
    }
    for (const t of extra.tools) {
      const i = acc.tools.findIndex((x) => x.id === t.id);
      if (i >= 0) acc.tools[i] = t;
      else acc.tools.push(t);
      const f = extra.files.get(t.id);
      if (f) acc.files.set(t.id, f);
    }
  }
  return finish(acc);
}

interface Compiled {
  version: string;
  categories: Category[];
  tools: Tool[];
}

/**
 * The compiled catalogue, trusted when its digest matches (the build validated it with the same
 * schemas); a file changed since the build is validated again, and one that fails is ignored so the
 * YAML is read instead.
 */
function readCompiled(file: string): Compiled | undefined {
  try {
    const text = readFileSync(file, "utf8");
    const { digest, catalog } = JSON.parse(text) as { digest: string; catalog: Compiled };
    if (digest === sha256(JSON.stringify(catalog))) return catalog;
    return {
      version: String(catalog.version),
      categories: CategoriesFileSchema.shape.categories.parse(catalog.categories),
      tools: catalog.tools.map((t) => ToolSchema.parse(t)),
    };
  } catch {
    return undefined;
  }
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** For the build: the catalogue as one JSON document, with the digest of what was validated. */
export function compileCatalog(dir: string): { digest: string; catalog: Compiled; tools: number } {
  const c = finish(readCatalogDir(dir));
  const catalog: Compiled = { version: c.version, categories: c.categories, tools: c.tools };
  return { digest: sha256(JSON.stringify(catalog)), catalog, tools: c.tools.length };
}
