import type { Catalog, Category, Provenance, Tool } from "../model/catalog.js";
import type { Config, Organisation, Practice, ToolEntry } from "../model/config.js";
import type { Args, Evidence } from "../model/finding.js";
import type { ProbeResult, Vantage } from "../model/probe.js";
import type { Severity } from "../model/severity.js";
import { probeUrlOf } from "./plan-probes.js";
import type { ResolvedPolicy } from "./policies.js";

export type Scope = "tool" | "organisation" | "coverage" | "instance";

/** One tool as the organisation uses it: a config entry joined to its catalogue entry (if any). */
export interface ToolUse {
  /** Unique key in the report: the catalogue id, or `custom:<slug>`; a suffix `#2`… for repeated entries. */
  key: string;
  index: number;
  entry: ToolEntry;
  tool: Tool | null;
  name: string;
  categories: string[];
  /** The organisation runs its own instance (declared url or hosting of a self-hostable tool). */
  selfHosted: boolean;
  /** For an entry that names no catalogue tool: what was written, and the closest ids. */
  unresolved?: { written: string; suggestions: string[] };
}

export interface EvaluationContext {
  catalog: Catalog;
  config: Config;
  org: Organisation;
  policy: ResolvedPolicy;
  uses: ToolUse[];
  categories: Map<string, Category>;
  tools: Map<string, Tool>;
  /** Today, as YYYY-MM-DD (passed in: the core never reads the clock). */
  today: string;
  /** Probe results by URL; absent when the audit ran offline (probe criteria are then not assessed). */
  probes?: ReadonlyMap<string, ProbeResult>;
  vantage?: Vantage;
}

export interface Outcome {
  /** Rule id when the criterion emits several (COVER-<CATEGORY>); defaults to the criterion's id. */
  rule?: string;
  code: string;
  severity?: Severity;
  tool?: string;
  args?: Args;
  evidence: Evidence;
}

export interface Criterion {
  id: string;
  scope: Scope;
  severity: Severity;
  /** Message codes it may emit (each needs wording in every message table). */
  codes: readonly string[];
  /** Data it needs beyond catalogue and config. A criterion that needs probes is "not assessed" offline. */
  requires: readonly "probe"[];
  references: readonly string[];
  /** For the good-reflex criteria: the `practices` key they judge. */
  practice?: Practice;
  evaluate?: (ctx: EvaluationContext) => Outcome[];
}

export function defineCriterion<const C extends Criterion>(c: C): C {
  return c;
}

/** Evidence for a finding drawn from a catalogue fact block. */
export function factEvidence(fact: string, p: Provenance, use?: ToolUse): Evidence {
  return {
    origin: "catalogue",
    fact,
    source: p.source,
    checked: p.checked,
    confidence: p.confidence,
    ...(use ? { path: ["tools", use.index] } : {}),
  };
}

/** Evidence for a finding about a fact the catalogue does not record for this tool. */
export function missingFactEvidence(fact: string, use: ToolUse): Evidence {
  return { origin: "catalogue", fact, path: ["tools", use.index] };
}

export function declaredEvidence(path: (string | number)[]): Evidence {
  return { origin: "declared", path };
}

/** Catalogue tools in use whose facts describe the service the organisation actually relies on. */
export function vendorHosted(use: ToolUse): use is ToolUse & { tool: Tool } {
  return use.tool !== null && !use.selfHosted && use.tool.kind !== "client";
}

/** Each tool use that was probed, with its result. */
export function probedUses(ctx: EvaluationContext): { use: ToolUse; probe: ProbeResult }[] {
  const out: { use: ToolUse; probe: ProbeResult }[] = [];
  if (!ctx.probes) return out;
  for (const use of ctx.uses) {
    const url = probeUrlOf(use);
    const probe = url ? ctx.probes.get(url) : undefined;
    if (probe) out.push({ use, probe });
  }
  return out;
}

export function measuredEvidence(use: ToolUse, probe: ProbeResult): Evidence {
  return { origin: "measured", source: probe.finalUrl ?? probe.url, path: ["tools", use.index] };
}
