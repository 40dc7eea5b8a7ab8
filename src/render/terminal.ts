import { byString } from "../core/compare.js";
import { Chalk, type ChalkInstance } from "chalk";
import type { ProbeResult } from "../model/probe.js";
import type { Report, ReportFinding, ReportTool } from "../model/report.js";
import type { Severity } from "../model/severity.js";
import { MESSAGES } from "./messages/index.js";
import { findingText, helpers, type RenderOptions, sanitize } from "./text.js";

const MARK: Record<ReportTool["verdict"], string> = { ok: "✓", warn: "!", fail: "✗", unknown: "?" };

function paint(c: ChalkInstance) {
  const sev: Record<Severity, (s: string) => string> = {
    critical: (s) => c.bgRed.white.bold(s),
    high: (s) => c.red.bold(s),
    medium: (s) => c.yellow(s),
    low: (s) => c.cyan(s),
    info: (s) => c.dim(s),
  };
  const verdict: Record<ReportTool["verdict"], (s: string) => string> = {
    ok: (s) => c.green(s),
    warn: (s) => c.yellow(s),
    fail: (s) => c.red.bold(s),
    unknown: (s) => c.dim(s),
  };
  return { sev, verdict };
}

export function renderTerminal(report: Report, opts: RenderOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const m = MESSAGES[opts.lang];
  const h = helpers(opts);
  const p = paint(c);
  const out: string[] = [];
  const sevWidth = Math.max(...Object.values(m.severity).map((s) => s.length));

  const findingLines = (f: ReportFinding, indent: string) => {
    const t = findingText(f, opts, h);
    const tag = p.sev[f.severity](m.severity[f.severity].padEnd(sevWidth));
    const waived = f.waived ? c.dim(` [${m.ui.waivedTag}]`) : "";
    const prov = t.provenance ? c.dim(` ${t.provenance}`) : "";
    const line = `${indent}${tag}  ${c.bold(f.rule)}  ${t.message}${prov}${waived}`;
    return f.waived ? c.dim(line) : line;
  };

  const org = sanitize(report.organisation.name, 120);
  out.push(c.bold(`${m.ui.reportTitle} — ${org}`) + c.dim(` (${m.orgType[report.organisation.type]})`));
  const colon = opts.lang === "fr" ? " : " : ": ";
  out.push(c.dim(`${m.ui.policy}${colon}${report.policy.id} · ${m.ui.catalogue} ${report.catalogVersion} · ${m.ui.generated} ${h.date(report.generatedAt.slice(0, 10))}`));
  out.push(c.dim(m.ui.vantage(report.vantage.mode, report.vantage.proxy ? sanitize(report.vantage.proxy, 80) : null)));
  if (report.vantage.seemsOffline) out.push(c.yellow(m.ui.seemsOffline));
  out.push("");

  // Tools, grouped by their first category in catalogue order.
  out.push(c.bold.underline(m.ui.tools));
  if (report.tools.length === 0) out.push(`  ${c.dim(m.ui.noTools)}`);
  const order = new Map(opts.catalog.categories.map((cat, i) => [cat.id, i]));
  const groups = new Map<string, ReportTool[]>();
  for (const t of report.tools) {
    const k = t.category ?? "";
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  const keys = [...groups.keys()].sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999) || byString(a, b));
  for (const k of keys) {
    out.push(`  ${c.bold(k ? h.categoryName(k) : m.ui.uncategorised)}`);
    for (const t of groups.get(k) ?? []) {
      const extra = [t.selfHosted ? m.ui.selfHosted : "", t.access === "vpn" ? m.ui.vpnOnly : "", t.url ? sanitize(t.url, 100) : ""].filter(Boolean);
      out.push(
        `    ${p.verdict[t.verdict](MARK[t.verdict])} ${c.bold(sanitize(t.name, 80))}  ${p.verdict[t.verdict](m.verdict[t.verdict])}${extra.length ? c.dim(`  (${extra.join(", ")})`) : ""}`,
      );
      if (t.probe) out.push(`        ${c.dim(probeLine(t.probe, opts.lang, h.probeError))}`);
      for (const f of report.findings.filter((x) => x.tool === t.id)) out.push(findingLines(f, "        "));
      if (t.verdict === "fail")
        out.push(
          `        ${c.green("→")} ${m.ui.alternatives}${opts.lang === "fr" ? " : " : ": "}${t.alternatives.length ? t.alternatives.map((a) => h.toolName(a)).join(", ") : c.dim(m.ui.noAlternative)}`,
        );
    }
  }
  out.push("");

  const orgFindings = report.findings.filter((f) => f.tool === null && !f.code.startsWith("PRACTICE_"));
  if (orgFindings.length) {
    out.push(c.bold.underline(m.ui.organisationFindings));
    for (const f of orgFindings) out.push(findingLines(f, "  "));
    out.push("");
  }

  out.push(c.bold.underline(m.ui.reflexes));
  for (const pr of report.practices) {
    const a = pr.answer;
    const mark = a === "yes" ? c.green("✓") : a === "no" ? c.red("✗") : a === "partial" ? c.yellow("~") : c.dim("?");
    const f = report.findings.find((x) => x.rule === pr.rule && x.code.startsWith("PRACTICE_"));
    const sev = f && f.severity !== "info" ? ` ${p.sev[f.severity](`[${m.severity[f.severity]}]`)}` : "";
    out.push(`  ${mark} ${h.practiceLabel(pr.practice)} — ${a ? m.answer[a] : c.dim(m.answer.missing)}${sev}`);
  }
  out.push("");

  if (report.waivers.length) {
    out.push(c.bold.underline(m.ui.waivers));
    for (const w of report.waivers) {
      const st = w.status === "active" ? c.green(m.ui.waiverStatus.active) : c.yellow(m.ui.waiverStatus[w.status]);
      out.push(`  ${st} — ${m.ui.waiverLine(w.rule, w.tool ? sanitize(w.tool, 60) : null, w.expires, sanitize(w.reason, 200))}`);
    }
    out.push("");
  }

  const s = report.summary;
  out.push(c.bold.underline(m.ui.summary));
  const counts = (["critical", "high", "medium", "low", "info"] as const)
    .filter((k) => s.counts[k] > 0)
    .map((k) => p.sev[k](`${s.counts[k]} ${m.severity[k]}`))
    .join(", ");
  out.push(`  ${m.ui.score}${colon}${c.bold(`${s.score}/100`)} · ${m.ui.grade}${colon}${c.bold(s.grade)} · ${counts || m.ui.nothingToReport}`);
  if (s.waived) out.push(`  ${c.dim(m.ui.waivedCount(s.waived))}`);
  if (report.policy.disabled.length) out.push(`  ${c.dim(m.ui.disabledRules(report.policy.disabled.join(", ")))}`);
  const offline = report.notAssessed.filter((n) => n.reason === "offline").length;
  const crashed = report.notAssessed.filter((n) => n.reason === "crashed").map((n) => n.rule);
  if (offline) out.push(`  ${c.dim(`${m.ui.notAssessed(offline)}${colon}${m.ui.notAssessedOffline}`)}`);
  if (crashed.length) out.push(`  ${c.yellow(`${m.ui.notAssessed(crashed.length)}${colon}${crashed.join(", ")}`)}`);
  const failOn = report.failOn === "none" ? "none" : m.severity[report.failOn];
  out.push(`  ${s.verdict === "pass" ? c.green.bold(m.ui.passed(failOn)) : c.red.bold(m.ui.failed(failOn))}`);
  return `${out.join("\n")}\n`;
}

/** One line of what a probe measured: status, TLS, address, time, server banner (untrusted: sanitised). */
export function probeLine(p: ProbeResult, lang: "fr" | "en", reason: (code: string) => string): string {
  const parts = [`↳ ${sanitize(p.finalUrl ?? p.url, 100)}`];
  if (p.error) parts.push(reason(p.error.code));
  if (p.httpStatus !== null) parts.push(`HTTP ${p.httpStatus}`);
  if (p.redirects.length) parts.push(`${p.redirects.length} redirection${p.redirects.length > 1 ? "s" : ""}`);
  if (p.tls?.protocol) parts.push(p.tls.protocol);
  if (p.tls?.validTo) parts.push(`${lang === "fr" ? "certificat jusqu'au" : "certificate until"} ${p.tls.validTo.slice(0, 10)}`);
  if (p.remoteAddress) parts.push(sanitize(p.remoteAddress, 50));
  if (p.software) parts.push(`${sanitize(p.software.product, 40)} ${sanitize(p.software.version, 40)}`);
  const server = p.headers.server;
  if (server) parts.push(`Server: ${sanitize(server, 60)}`);
  parts.push(`${p.durationMs} ms`);
  return parts.join(" · ");
}

/** `teletravail probe`: one block per URL, what was measured and what it means. */
export function renderProbeReport(report: Report, opts: RenderOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const m = MESSAGES[opts.lang];
  const h = helpers(opts);
  const p = paint(c);
  const out: string[] = [c.dim(m.ui.vantage(report.vantage.mode, report.vantage.proxy ? sanitize(report.vantage.proxy, 80) : null))];
  for (const t of report.tools) {
    const verdict = report.findings.some((f) => f.tool === t.id && (f.severity === "high" || f.severity === "critical")) ? "fail" : report.findings.some((f) => f.tool === t.id) ? "warn" : "ok";
    out.push(`${p.verdict[verdict](MARK[verdict])} ${c.bold(sanitize(t.url ?? t.name, 120))}`);
    if (t.probe) out.push(`    ${c.dim(probeLine(t.probe, opts.lang, h.probeError))}`);
    for (const f of report.findings.filter((x) => x.tool === t.id)) {
      const text = findingText(f, opts, h);
      out.push(`    ${p.sev[f.severity](m.severity[f.severity])}  ${c.bold(f.rule)}  ${text.message}`);
    }
  }
  return `${out.join("\n")}\n`;
}
