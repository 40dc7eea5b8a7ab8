// Build: bundle the CLI into one ES module (fast start-up), then compile the catalogue YAML to JSON,
// validated by the same code that validates it at run time.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const dist = join(root, "dist");
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  legalComments: "none",
  // CommonJS dependencies (commander) call require() for Node built-ins.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  define: { __VERSION__: JSON.stringify(pkg.version) },
  logLevel: "warning",
};

// Code splitting: `teletravail --version` loads commander only; zod, yaml and the engine load when a
// command runs, undici only when a probe runs.
await build({
  ...common,
  entryPoints: { cli: join(root, "src/cli/run.ts") },
  outdir: dist,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  minifyWhitespace: true,
  minifySyntax: true,
});

const tmp = join(dist, ".compile-catalog.mjs");
await build({ ...common, entryPoints: [join(root, "src/io/read-catalog.ts")], outfile: tmp });
try {
  const { compileCatalog } = await import(pathToFileURL(tmp).href);
  const compiled = compileCatalog(join(root, "catalog"));
  writeFileSync(join(dist, "catalog.json"), JSON.stringify({ digest: compiled.digest, catalog: compiled.catalog }));
  console.log(`built dist/cli.js and dist/catalog.json (${compiled.tools} tools)`);
} catch (e) {
  if (e?.problems) for (const p of e.problems) console.error(`${p.file}${p.line ? `:${p.line}:${p.column}` : ""} ${p.path.join(".")} ${p.code} ${p.detail ?? ""} ${p.expected ?? ""}`);
  else console.error(e);
  process.exitCode = 1;
} finally {
  rmSync(tmp, { force: true });
}
