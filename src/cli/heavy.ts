// The part of the CLI loaded only when a command runs: the engine, the catalogue, zod, yaml, the renderers.
// (undici loads later still, and only when a probe runs.)
import { relative, resolve, sep } from "node:path";
import { z } from "zod";
import { ConfigSchema } from "../model/config.js";
import type { Report } from "../model/report.js";
import { pathKey, type RenderOptions } from "../render/text.js";
import { positionOf, type YamlSource } from "../io/yaml-source.js";

export { loadCatalog, probeUrls, runFleet } from "../app/run-audit.js";
export { applyBaseline } from "../core/baseline.js";
export { CRITERIA } from "../core/criteria/index.js";
export { coverRule } from "../core/criteria/cover-category.js";
export { diffReports } from "../core/diff.js";
export { summariseFleet } from "../core/fleet.js";
export { findTool, suggestTools } from "../core/match.js";
export { BUILTIN } from "../core/policies.js";
export { exitCodeFor } from "../core/score.js";
export { discoverConfig, expandConfigArgs } from "../io/config-files.js";
export { readCatalogDir } from "../io/read-catalog.js";
export { ensureDir, writeFileAtomic } from "../io/write-atomic.js";
export { renderCatalogList, renderCriteria, renderToolCard } from "../render/catalog.js";
export { renderDiff, renderFleet } from "../render/fleet.js";
export { RENDERERS } from "../render/index.js";
export { renderProbeReport } from "../render/terminal.js";

/** JSON Schema of teletravail.yaml, generated from the zod schema that validates it. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConfigSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return { ...schema, $id: "https://www.npmjs.com/package/teletravail/teletravail.schema.json", title: "teletravail.yaml" };
}

/** Where each finding's config key starts, for SARIF locations (the YAML parser keeps positions). */
export function sourcePositions(report: Report, src: YamlSource, file: string): RenderOptions["source"] {
  const positions = new Map<string, { line: number; column: number }>();
  for (const f of report.findings) {
    const path = f.evidence.path ?? [];
    for (let n = path.length; n >= 0; n--) {
      const sub = path.slice(0, n);
      const k = pathKey(sub);
      if (positions.has(k)) continue;
      const pos = positionOf(src, sub, n === path.length && typeof path[n - 1] === "string");
      if (pos) positions.set(k, pos);
    }
  }
  return { uri: relative(process.cwd(), resolve(file)).split(sep).join("/") || file, positions };
}

/** Reading a JSON report needs the report schemas: loaded only for --baseline and diff. */
export async function readJsonReport(file: string) {
  return (await import("../io/read-report.js")).readJsonReport(file);
}

/** The interview and what it needs: inquirer loads here, only when an interview runs. */
export async function runInterview(lang: "fr" | "en", catalogLoc: import("../app/run-audit.js").CatalogLocation) {
  const [{ interview }, { inquirerApi }, { loadCatalog }, { configToYaml }] = await Promise.all([
    import("./interview.js"),
    import("./prompts/inquirer-api.js"),
    import("../app/run-audit.js"),
    import("../render/config-yaml.js"),
  ]);
  const { catalog, index } = loadCatalog(catalogLoc);
  const config = await interview(inquirerApi(lang), catalog, index, lang);
  return { yaml: configToYaml(config, catalog, lang), config };
}

/** Yes/no on the terminal (saving the interview's answers, overwriting a file). */
export async function ask(message: string, def: boolean): Promise<boolean> {
  const { confirm } = await import("@inquirer/prompts");
  return confirm({ message, default: def });
}

export async function askText(message: string, def: string): Promise<string> {
  const { input } = await import("@inquirer/prompts");
  return input({ message, default: def });
}
