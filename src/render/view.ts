import { byString } from "../core/compare.js";
import type { ProbeResult } from "../model/probe.js";
import type { Report, ReportFinding, ReportTool, ToolVerdict } from "../model/report.js";
import { type Severity, severityRank } from "../model/severity.js";
import { isPrivateIp } from "../core/ip.js";
import { MESSAGES, type Messages } from "./messages/index.js";

type ReachKind = keyof Messages["doc"]["reach"];
import { findingText, helpers, type RenderOptions } from "./text.js";

/**
 * What the Markdown and HTML reports show, already worded in the report's language. Strings here are
 * raw: each format escapes them its own way.
 */
export interface ReportView {
  title: string;
  meta: [string, string][];
  summary: { score: number; grade: string; counts: { severity: Severity; label: string; n: number }[]; verdict: string; pass: boolean; notes: string[] };
  actions: { tool: string | null; title: string; message: string; remediation: string; severity: Severity; severityLabel: string }[];
  categories: { id: string; name: string; rows: ToolRow[] }[];
  reach: { tool: string; url: string; access: string; result: ReachKind; resultText: string; tls: string; server: string }[];
  reflexes: { label: string; why: string; answer: string; done: boolean; severity: Severity | null }[];
  findings: FindingView[];
  waivers: { rule: string; tool: string; reason: string; expires: string; status: string; active: boolean }[];
  method: string[];
  footer: string;
  chartTitle: string;
  labels: { verdict: Record<ToolVerdict, string>; severity: Record<Severity, string> };
}

export interface ToolRow {
  name: string;
  verdict: ToolVerdict;
  verdictLabel: string;
  reasons: string[];
  alternatives: string[];
  note: string;
}

export interface FindingView {
  n: number;
  severity: Severity;
  severityLabel: string;
  rule: string;
  title: string;
  tool: string | null;
  message: string;
  remediation: string;
  provenance: string;
  source: string | null;
  references: string[];
  waived: boolean;
}


/** Links are only ever http(s): anything else from a catalogue or a server is shown as text. */
export function safeHref(u: string | null | undefined): string | null {
  if (!u) return null;
  return /^https?:\/\/[^\s"'<>]+$/i.test(u) ? u : null;
}

function isPrivate(p: ProbeResult): boolean {
  return p.remoteAddress !== null && isPrivateIp(p.remoteAddress);
}

export function buildView(report: Report, opts: RenderOptions): ReportView {
  const m = MESSAGES[opts.lang];
  const h = helpers(opts);
  const d = m.doc;
  const colon = opts.lang === "fr" ? " : " : ": ";
  const toolName = new Map(report.tools.map((t) => [t.id, t.name]));
  const texts = new Map(report.findings.map((f) => [f, findingText(f, opts, h)]));
  const text = (f: ReportFinding) => texts.get(f) ?? findingText(f, opts, h);
  const live = report.findings.filter((f) => !f.waived);

  const meta: [string, string][] = [
    [m.ui.organisation, `${report.organisation.name} (${m.orgType[report.organisation.type]})`],
    [m.ui.generated, h.date(report.generatedAt.slice(0, 10))],
    [m.ui.policy, report.policy.id],
    [m.ui.catalogue, report.catalogVersion],
    [d.probes, m.ui.vantage(report.vantage.mode, report.vantage.proxy) + (report.vantage.seemsOffline ? ` ${m.ui.seemsOffline}` : "")],
  ];

  const s = report.summary;
  const counts = (["critical", "high", "medium", "low", "info"] as const).map((k) => ({ severity: k, label: m.severity[k], n: s.counts[k] }));
  const failOn = report.failOn === "none" ? "none" : m.severity[report.failOn];
  const notes: string[] = [];
  if (s.waived) notes.push(m.ui.waivedCount(s.waived));
  if (report.policy.disabled.length) notes.push(m.ui.disabledRules(report.policy.disabled.join(", ")));

  // The most important actions: the worst finding of each tool (and each organisation rule), worst first.
  const seen = new Set<string>();
  const actions: ReportView["actions"] = [];
  for (const f of [...live].sort((a, b) => severityRank(b.severity) - severityRank(a.severity))) {
    if (f.severity === "info" || actions.length >= 5) continue;
    const key = f.tool ?? f.rule;
    if (seen.has(key)) continue;
    seen.add(key);
    const t = text(f);
    actions.push({ tool: f.tool ? (toolName.get(f.tool) ?? f.tool) : null, title: t.title, message: t.message, remediation: t.remediation, severity: f.severity, severityLabel: m.severity[f.severity] });
  }
  if (actions.length < 3)
    for (const f of live.filter((x) => x.severity === "info")) {
      if (actions.length >= 3) break;
      const t = text(f);
      actions.push({ tool: f.tool ? (toolName.get(f.tool) ?? f.tool) : null, title: t.title, message: t.message, remediation: t.remediation, severity: f.severity, severityLabel: m.severity[f.severity] });
    }

  const order = new Map(opts.catalog.categories.map((c, i) => [c.id, i]));
  const groups = new Map<string, ReportTool[]>();
  for (const t of report.tools) groups.set(t.category ?? "", [...(groups.get(t.category ?? "") ?? []), t]);
  const categories = [...groups.entries()]
    .sort(([a], [b]) => (order.get(a) ?? 999) - (order.get(b) ?? 999) || byString(a, b))
    .map(([id, tools]) => ({
      id,
      name: id ? h.categoryName(id) : m.ui.uncategorised,
      rows: tools.map((t) => ({
        name: t.name,
        verdict: t.verdict,
        verdictLabel: m.verdict[t.verdict],
        reasons: report.findings
          .filter((f) => f.tool === t.id && !f.waived && f.severity !== "info")
          .slice(0, 3)
          .map((f) => `${m.severity[f.severity]}${colon}${text(f).message}`),
        alternatives: t.alternatives.map((a) => h.toolName(a)),
        note: [t.selfHosted ? m.ui.selfHosted : "", t.access === "vpn" ? m.ui.vpnOnly : ""].filter(Boolean).join(", "),
      })),
    }));

  const reach = report.tools
    .filter((t) => t.url || t.probe)
    .map((t) => {
      const p = t.probe;
      let result: ReachKind = "notProbed";
      if (p && !report.vantage.seemsOffline) {
        if (t.access === "vpn") result = p.reachable && !isPrivate(p) ? "exposed" : "vpn";
        else if (!p.reachable) result = "down";
        else result = isPrivate(p) ? "internal" : "ok";
      }
      const tls = p?.tls
        ? [p.tls.protocol ?? "", p.tls.authorized ? "" : (p.tls.authorizationError ?? ""), p.tls.validTo ? `→ ${p.tls.validTo.slice(0, 10)}` : ""].filter(Boolean).join(" ")
        : d.none;
      const detail = p?.error && result !== "notProbed" ? ` (${h.probeError(p.error.code)})` : "";
      const server = [p?.headers.server, p?.software ? `${p.software.product} ${p.software.version}` : undefined].filter(Boolean).join(" · ") || d.none;
      return { tool: t.name, url: p?.finalUrl ?? t.url ?? p?.url ?? "", access: d.access[t.access], result, resultText: d.reach[result] + detail, tls, server };
    });

  const reflexes = report.practices.map((p) => {
    const f = report.findings.find((x) => x.rule === p.rule && x.code.startsWith("PRACTICE_"));
    const label = p.practice in m.practices ? m.practices[p.practice as keyof typeof m.practices] : { label: p.practice, why: "" };
    return { label: label.label, why: label.why, answer: p.answer ? m.answer[p.answer] : m.answer.missing, done: p.answer === "yes", severity: f ? f.severity : null };
  });

  const findings = report.findings.map((f, i) => {
    const t = text(f);
    return {
      n: i + 1,
      severity: f.severity,
      severityLabel: m.severity[f.severity],
      rule: f.rule,
      title: t.title,
      tool: f.tool ? (toolName.get(f.tool) ?? f.tool) : null,
      message: t.message,
      remediation: t.remediation,
      provenance: f.evidence.origin === "catalogue" ? t.provenance : `(${m.origin[f.evidence.origin]})`,
      source: f.evidence.source ?? null,
      references: f.references,
      waived: f.waived,
    };
  });

  const waivers = report.waivers.map((w) => ({
    rule: w.rule,
    tool: w.tool ?? d.none,
    reason: w.reason,
    expires: w.expires,
    status: m.ui.waiverStatus[w.status],
    active: w.status === "active",
  }));

  const origin = (o: string) => report.findings.filter((f) => f.evidence.origin === o).length;
  const checked = report.findings.map((f) => f.evidence.checked).filter((x): x is string => !!x).sort();
  const unverified = report.findings.filter((f) => f.evidence.origin === "catalogue" && f.evidence.confidence !== "verified").length;
  const method = [
    m.ui.vantage(report.vantage.mode, report.vantage.proxy),
    d.method.origins(origin("measured"), origin("declared"), origin("catalogue")),
    ...(unverified ? [d.method.unverified(unverified)] : []),
    ...(checked[0] ? [d.method.oldest(h.date(checked[0]))] : []),
    ...(report.notAssessed.length ? [d.method.notAssessed(report.notAssessed.map((n) => n.rule).join(", "))] : []),
    d.method.score,
    d.method.disclaimer,
  ];

  return {
    title: `${m.ui.reportTitle} — ${report.organisation.name}`,
    meta,
    summary: { score: s.score, grade: s.grade, counts, verdict: s.verdict === "pass" ? m.ui.passed(failOn) : m.ui.failed(failOn), pass: s.verdict === "pass", notes },
    actions,
    categories,
    reach,
    reflexes,
    findings,
    waivers,
    method,
    footer: d.generatedBy(report.tool.version),
    chartTitle: d.chartTitle,
    labels: { verdict: m.verdict, severity: m.severity },
  };
}

