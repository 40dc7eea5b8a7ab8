import type { z } from "zod";
import { CRITERIA } from "../core/criteria/index.js";
import { coverRule } from "../core/criteria/cover-category.js";
import { closest, findTool, suggestTools, type ToolIndex } from "../core/match.js";
import type { Catalog } from "../model/catalog.js";
import { type Config, ConfigSchema, type CustomPolicy, CustomPolicySchema } from "../model/config.js";
import { InputError, type InputProblem } from "../model/errors.js";
import { loadYamlFile, locate, type YamlSource } from "./yaml-source.js";
import { zodProblems } from "./zod-problems.js";

export interface LoadedConfig {
  config: Config;
  source: YamlSource;
}

/** Every rule id a user may name in a policy or a waiver. */
export function knownRules(catalog: Catalog): string[] {
  return [
    ...CRITERIA.map((c) => c.id).filter((id) => id !== "COVER-CATEGORY"),
    ...catalog.categories.filter((c) => c.cover).map((c) => coverRule(c.id)),
  ];
}

function validate<T>(src: YamlSource, schema: z.ZodType<T>): T {
  const r = schema.safeParse(src.value);
  if (!r.success) throw new InputError(zodProblems(src, schema, r.error.issues));
  return r.data;
}

function checkPolicy(src: YamlSource, policy: CustomPolicy, base: (string | number)[], catalog: Catalog, index: ToolIndex): InputProblem[] {
  const problems: InputProblem[] = [];
  const rules = knownRules(catalog);
  for (const rule of Object.keys(policy.rules))
    if (!rules.includes(rule))
      problems.push(locate(src, { path: [...base, "rules", rule], code: "UNKNOWN_RULE", received: rule, suggestions: closest(rule, rules, 1) }, true));
  for (const list of ["allow", "deny"] as const)
    policy[list].forEach((name, i) => {
      if (!findTool(index, name))
        problems.push(locate(src, { path: [...base, list, i], code: "UNKNOWN_TOOL_NAME", received: name, suggestions: suggestTools(index, name) }));
    });
  return problems;
}

/** Read, validate and cross-check a teletravail.yaml. Unknown tools are not errors: they become findings. */
export function readConfig(file: string, catalog: Catalog, index: ToolIndex): LoadedConfig {
  const src = loadYamlFile(file);
  if (src.value === null || typeof src.value !== "object" || Array.isArray(src.value))
    throw new InputError([locate(src, { path: [], code: "NOT_A_MAPPING", received: Array.isArray(src.value) ? "array" : typeof src.value })]);
  const config = validate(src, ConfigSchema);
  const problems: InputProblem[] = [];
  if (typeof config.policy === "object") problems.push(...checkPolicy(src, config.policy, ["policy"], catalog, index));
  const rules = knownRules(catalog);
  config.exceptions.forEach((w, i) => {
    if (!rules.includes(w.rule))
      problems.push(locate(src, { path: ["exceptions", i, "rule"], code: "UNKNOWN_RULE", received: w.rule, suggestions: closest(w.rule, rules, 1) }));
    if (w.tool !== undefined && !findTool(index, w.tool) && !config.tools.some((t) => "name" in t && t.name === w.tool))
      problems.push(locate(src, { path: ["exceptions", i, "tool"], code: "UNKNOWN_TOOL_NAME", received: w.tool, suggestions: suggestTools(index, w.tool) }));
  });
  if (problems.length) throw new InputError(problems);
  return { config, source: src };
}

/** Read a policy file given to --policy FILE (the same shape as an inline `policy:` mapping). */
export function readPolicyFile(file: string, catalog: Catalog, index: ToolIndex): CustomPolicy {
  const src = loadYamlFile(file);
  const policy = validate(src, CustomPolicySchema);
  const problems = checkPolicy(src, policy, [], catalog, index);
  if (problems.length) throw new InputError(problems);
  return policy;
}
