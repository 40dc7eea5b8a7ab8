import type { Catalog } from "../model/catalog.js";
import { type Config, PRACTICES } from "../model/config.js";
import type { Finding } from "../model/finding.js";
import type { Report, ReportTool } from "../model/report.js";
import { REPORT_SCHEMA_VERSION, type ToolVerdict } from "../model/report-version.js";
import type { ProbeResult, Vantage } from "../model/probe.js";
import { type FailOn, severityRank } from "../model/severity.js";
import { CRITERIA } from "./criteria/index.js";
import { criterionOf } from "./criteria/cover-category.js";
import type { Criterion, EvaluationContext, ToolUse } from "./criterion.js";
import { applyPolicy, evaluate, makeContext, runCriteria } from "./evaluate.js";
import { buildToolIndex, type ToolIndex } from "./match.js";
import { probeUrlOf } from "./plan-probes.js";
import { countFindings, exitCodeFor, grade, score } from "./score.js";

export interface BuildReportInput {
  catalog: Catalog;
  config: Config;
  /** ISO timestamp of the run; its first 10 characters are "today". */
  now: string;
  version: string;
  lang: "fr" | "en";
  failOn: FailOn;
  index?: ToolIndex;
  /** Probe results by URL and where they were measured from; absent offline. */
  probes?: ReadonlyMap<string, ProbeResult>;
  vantage?: Vantage;
}

/** Which criterion judges each good reflex. */
const PRACTICE_RULE = new Map<string, string>(
  (CRITERIA as readonly Criterion[]).flatMap((c) => (c.practice ? [[c.practice, c.id] as [string, string]] : [])),
);

export function verdictOf(findings: readonly Finding[], known: boolean): ToolVerdict {
  let worst = -1;
  for (const f of findings) if (!f.waived) worst = Math.max(worst, severityRank(f.severity));
  if (worst >= severityRank("high")) return "fail";
  if (!known) return "unknown";
  return worst >= severityRank("medium") ? "warn" : "ok";
}

const TOOL_CRITERIA = CRITERIA.filter((c) => c.scope === "tool");

/** Verdict a catalogue tool would get if the organisation used it as a service (no waiver applies). */
function hypotheticalVerdict(ctx: EvaluationContext, toolId: string, index: ToolIndex): ToolVerdict {
  const config: Config = { ...ctx.config, tools: [{ tool: toolId, access: "internet" }], exceptions: [] };
  const hypo = makeContext(ctx.catalog, config, ctx.today, index);
  const { findings } = runCriteria(hypo, TOOL_CRITERIA);
  return verdictOf(applyPolicy(findings, ctx.policy), true);
}

function alternativesFor(ctx: EvaluationContext, use: ToolUse, cache: Map<string, ToolVerdict>, index: ToolIndex): string[] {
  const t = use.tool;
  if (!t) return [];
  const candidates = [...(t.lifecycle.successor ? [t.lifecycle.successor] : []), ...t.alternatives];
  const ok: string[] = [];
  const warn: string[] = [];
  for (const id of new Set(candidates)) {
    const alt = ctx.tools.get(id);
    if (!alt || alt.lifecycle.status === "discontinued") continue;
    let v = cache.get(id);
    if (v === undefined) {
      v = hypotheticalVerdict(ctx, id, index);
      cache.set(id, v);
    }
    if (v === "ok") ok.push(id);
    else if (v === "warn") warn.push(id);
  }
  return [...ok, ...warn];
}

export function buildReport(input: BuildReportInput): Report {
  const today = input.now.slice(0, 10);
  const index = input.index ?? buildToolIndex(input.catalog.tools);
  const ev = evaluate({
    catalog: input.catalog,
    config: input.config,
    today,
    index,
    ...(input.probes && input.vantage ? { probes: input.probes, vantage: input.vantage } : {}),
  });
  const { ctx, findings } = ev;
  const refs = new Map<string, readonly string[]>(CRITERIA.map((c) => [c.id, c.references]));
  const cache = new Map<string, ToolVerdict>();

  const tools: ReportTool[] = ctx.uses.map((use) => {
    const own = findings.filter((f) => f.tool === use.key);
    const verdict = verdictOf(own, use.tool !== null);
    return {
      id: use.key,
      catalogId: use.tool?.id ?? null,
      name: use.name,
      category: use.categories[0] ?? null,
      categories: use.categories,
      status: use.tool?.lifecycle.status ?? "unknown",
      known: use.tool !== null,
      selfHosted: use.selfHosted,
      url: use.entry.url ?? null,
      access: use.entry.access,
      verdict,
      alternatives: verdict === "fail" ? alternativesFor(ctx, use, cache, index) : [],
      probe: (() => {
        const url = probeUrlOf(use);
        return (url && input.probes?.get(url)) || null;
      })(),
    };
  });

  const counts = countFindings(findings);
  const s = score(findings);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: input.now,
    tool: { name: "teletravail", version: input.version },
    catalogVersion: input.catalog.version,
    policy: { id: ctx.policy.id, base: ctx.policy.base, disabled: ev.disabled },
    lang: input.lang,
    failOn: input.failOn,
    organisation: { name: ctx.org.name, type: ctx.org.type },
    vantage: input.vantage ?? { mode: "offline", proxy: null, seemsOffline: false },
    summary: {
      verdict: exitCodeFor(findings, input.failOn) === 1 ? "fail" : "pass",
      score: s,
      grade: grade(s, counts),
      counts,
      waived: findings.filter((f) => f.waived).length,
      notAssessed: ev.notAssessed.length,
    },
    tools,
    findings: findings.map((f) => ({ ...f, references: [...(refs.get(criterionOf(f.rule)) ?? [])] })),
    coverage: ctx.catalog.categories.map((c) => ({
      category: c.id,
      tools: ctx.uses.filter((u) => u.categories.includes(c.id)).map((u) => u.key),
    })),
    practices: PRACTICES.map((p) => ({ practice: p, rule: PRACTICE_RULE.get(p) ?? "", answer: input.config.practices[p] ?? null })),
    waivers: ev.waivers.map((w) => ({
      rule: w.rule,
      tool: w.tool ?? null,
      reason: w.reason,
      expires: w.expires,
      status: w.status,
      matched: w.matched,
    })),
    notAssessed: ev.notAssessed,
  };
}
