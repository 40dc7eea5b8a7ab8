import { byString } from "./compare.js";
import type { Catalog, Category, Tool } from "../model/catalog.js";
import type { Config, Waiver } from "../model/config.js";
import type { Finding } from "../model/finding.js";
import type { ProbeResult, Vantage } from "../model/probe.js";
import { minSeverity, type Severity, severityRank } from "../model/severity.js";
import { CRITERIA } from "./criteria/index.js";
import type { Criterion, EvaluationContext, Outcome, ToolUse } from "./criterion.js";
import { buildToolIndex, findTool, type ToolIndex } from "./match.js";
import { type ResolvedPolicy, resolvePolicy } from "./policies.js";
import { resolveUses } from "./uses.js";

export type WaiverStatus = "active" | "expired" | "unused";
export interface WaiverResult extends Waiver {
  index: number;
  status: WaiverStatus;
  matched: number;
}

export interface NotAssessed {
  rule: string;
  reason: "offline" | "crashed";
}

export interface Evaluation {
  ctx: EvaluationContext;
  findings: Finding[];
  waivers: WaiverResult[];
  notAssessed: NotAssessed[];
  disabled: string[];
}

export interface EvaluateInput {
  catalog: Catalog;
  config: Config;
  /** YYYY-MM-DD */
  today: string;
  index?: ToolIndex;
  criteria?: readonly Criterion[];
  /** Probe results by URL; absent offline. */
  probes?: ReadonlyMap<string, ProbeResult>;
  vantage?: Vantage;
}

export function makeContext(
  catalog: Catalog,
  config: Config,
  today: string,
  index = buildToolIndex(catalog.tools),
  probes?: { probes: ReadonlyMap<string, ProbeResult>; vantage: Vantage },
): EvaluationContext {
  const policy = resolvePolicy(config.policy, (n) => findTool(index, n)?.id);
  return {
    catalog,
    config,
    org: config.organisation,
    policy,
    uses: resolveUses(config, index),
    categories: new Map<string, Category>(catalog.categories.map((c) => [c.id, c])),
    tools: new Map<string, Tool>(catalog.tools.map((t) => [t.id, t])),
    today,
    ...(probes ? { probes: probes.probes, vantage: probes.vantage } : {}),
  };
}

/** Run every criterion (pure); policy caps and overrides, then waivers. */
export function evaluate(input: EvaluateInput): Evaluation {
  const index = input.index ?? buildToolIndex(input.catalog.tools);
  const ctx = makeContext(
    input.catalog,
    input.config,
    input.today,
    index,
    // Every name failing to resolve means no network here: measured criteria are then not assessed.
    input.probes && input.vantage && !input.vantage.seemsOffline ? { probes: input.probes, vantage: input.vantage } : undefined,
  );
  const { findings, notAssessed } = runCriteria(ctx, input.criteria ?? CRITERIA);
  const disabled = Object.entries(ctx.policy.rules)
    .filter(([, v]) => v === "off")
    .map(([k]) => k)
    .sort();
  const kept = applyPolicy(findings, ctx.policy);
  const waivers = applyWaivers(kept, input.config.exceptions, ctx, index);
  return { ctx, findings: sortFindings(kept), waivers, notAssessed, disabled };
}

export function runCriteria(ctx: EvaluationContext, criteria: readonly Criterion[]): { findings: Finding[]; notAssessed: NotAssessed[] } {
  const findings: Finding[] = [];
  const notAssessed: NotAssessed[] = [];
  for (const c of criteria) {
    if (!c.evaluate || (c.requires.length > 0 && !ctx.probes)) {
      notAssessed.push({ rule: c.id, reason: "offline" });
      continue;
    }
    let outcomes: Outcome[];
    try {
      outcomes = c.evaluate(ctx);
    } catch {
      // A criterion's bug must not cost the rest of the audit: it is reported as not assessed.
      notAssessed.push({ rule: c.id, reason: "crashed" });
      continue;
    }
    for (const o of outcomes)
      findings.push({
        rule: o.rule ?? c.id,
        code: o.code,
        severity: o.severity ?? c.severity,
        tool: o.tool ?? null,
        args: o.args ?? {},
        evidence: o.evidence,
        waived: false,
      });
  }
  return { findings, notAssessed };
}

export function applyPolicy(findings: Finding[], policy: ResolvedPolicy): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const override = policy.rules[f.rule];
    if (override === "off") continue;
    let severity: Severity = f.severity;
    const cap = policy.caps[f.rule];
    if (cap) severity = minSeverity(severity, cap);
    if (override) severity = override;
    out.push({ ...f, severity });
  }
  return out;
}

function applyWaivers(findings: Finding[], waivers: Waiver[], ctx: EvaluationContext, index: ToolIndex): WaiverResult[] {
  return waivers.map((w, i) => {
    const expired = w.expires < ctx.today;
    const wantedTool = w.tool === undefined ? undefined : (findTool(index, w.tool)?.id ?? w.tool);
    const toolKeys = new Set(
      ctx.uses.filter((u) => wantedTool === undefined || u.tool?.id === wantedTool || u.key === wantedTool).map((u) => u.key),
    );
    let matched = 0;
    for (const f of findings) {
      if (f.rule !== w.rule) continue;
      if (wantedTool !== undefined && (f.tool === null || !toolKeys.has(f.tool))) continue;
      matched++;
      if (!expired) f.waived = true;
    }
    const status: WaiverStatus = expired ? "expired" : matched === 0 ? "unused" : "active";
    return { ...w, index: i, status, matched };
  });
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      byString(a.rule, b.rule) ||
      byString((a.tool ?? ""), b.tool ?? "") ||
      byString(a.code, b.code),
  );
}

export type { ToolUse };
