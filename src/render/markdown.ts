import type { Report } from "../model/report.js";
import type { Severity } from "../model/severity.js";
import { MESSAGES } from "./messages/index.js";
import { type RenderOptions, sanitize } from "./text.js";
import { buildView, safeHref } from "./view.js";

/** Make text inert in Markdown: no control characters, no markup, no HTML, one line. */
export function mdEscape(text: string, max = 400): string {
  return sanitize(text, max)
    .replace(/&/g, "&amp;")
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+#=>])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

function link(url: string | null | undefined, label?: string): string {
  const href = safeHref(url);
  if (!href) return mdEscape(url ?? "");
  return `[${mdEscape(label ?? href, 120)}](<${href.replace(/[<>]/g, "")}>)`;
}

const MARK = { ok: "✅", warn: "⚠️", fail: "❌", unknown: "❔" } as const;
const SEV: Record<Severity, string> = { critical: "🟥", high: "🔴", medium: "🟠", low: "🔵", info: "⚪" };

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)];
}

/** GitHub-flavoured Markdown for management and the DPO. */
export function renderMarkdown(report: Report, opts: RenderOptions): string {
  const v = buildView(report, opts);
  const m = MESSAGES[opts.lang];
  const d = m.doc;
  const e = mdEscape;
  const colon = opts.lang === "fr" ? " : " : ": ";
  /** A bold label: the closing ** must follow a non-space character to close the emphasis. */
  const label = (text: string) => `**${e(text)}${colon.trimEnd()}** `;
  const out: string[] = [`# ${e(v.title)}`, ""];
  out.push(...table(["", ""], v.meta.map(([k, val]) => [`**${e(k)}**`, e(val)])), "");

  out.push(`## ${e(m.ui.summary)}`, "");
  out.push(`**${e(m.ui.score)}${colon}${v.summary.score}/100 · ${e(m.ui.grade)}${colon}${v.summary.grade}**`, "");
  out.push(v.summary.counts.filter((c) => c.n > 0).map((c) => `${SEV[c.severity]} ${c.n} ${e(c.label)}`).join(" · ") || e(m.ui.nothingToReport), "");
  out.push(`${v.summary.pass ? "✅" : "❌"} ${e(v.summary.verdict)}`, "");
  for (const n of v.summary.notes) out.push(`- ${e(n)}`);
  if (v.summary.notes.length) out.push("");

  out.push(`### ${e(d.topActions)}`, "");
  if (v.actions.length === 0) out.push(e(d.noFinding), "");
  v.actions.forEach((a, i) => {
    out.push(`${i + 1}. ${SEV[a.severity]} **${e(a.tool ?? a.title)}** — ${e(a.message)} ${e(d.todo)}${colon}${e(a.remediation)}`);
  });
  if (v.actions.length) out.push("");

  out.push(`## ${e(d.byCategory)}`, "");
  if (v.categories.length === 0) out.push(e(m.ui.noTools), "");
  for (const c of v.categories) {
    out.push(`### ${e(c.name)}`, "");
    out.push(
      ...table(
        [d.colTool, d.colVerdict, d.colReasons, d.colAlternative].map((x) => e(x)),
        c.rows.map((r) => [
          `**${e(r.name)}**${r.note ? `<br>${e(r.note)}` : ""}`,
          `${MARK[r.verdict]} ${e(r.verdictLabel)}`,
          r.reasons.map((x) => e(x, 200)).join("<br>") || d.none,
          r.alternatives.map((x) => e(x)).join(", ") || d.none,
        ]),
      ),
      "",
    );
  }

  if (v.reach.length) {
    out.push(`## ${e(d.reachTitle)}`, "");
    out.push(
      ...table(
        [d.colTool, d.colUrl, d.colAccess, d.colResult, d.colTls, d.colServer].map((x) => e(x)),
        v.reach.map((r) => [e(r.tool), e(r.url, 120), e(r.access), e(r.resultText), e(r.tls), e(r.server, 80)]),
      ),
      "",
    );
  }

  out.push(`## ${e(m.ui.reflexes)}`, "");
  for (const r of v.reflexes) out.push(`- [${r.done ? "x" : " "}] ${e(r.label)} — *${e(r.answer)}*${r.severity && r.severity !== "info" ? ` (${e(m.severity[r.severity])})` : ""}`);
  out.push("");

  out.push(`## ${e(d.findingsTitle)}`, "");
  if (v.findings.length === 0) out.push(e(d.noFinding), "");
  for (const f of v.findings) {
    out.push(`### ${f.n}. ${SEV[f.severity]} ${e(f.severityLabel)} — ${e(f.rule)}${f.tool ? ` — ${e(f.tool)}` : ""}${f.waived ? ` (${e(m.ui.waivedTag)})` : ""}`, "");
    out.push(`**${e(f.title)}.** ${e(f.message)}`, "");
    if (f.remediation) out.push(`${label(d.todo)}${e(f.remediation)}`, "");
    out.push(`${label(d.evidence)}${e(f.provenance)}${f.source ? ` ${link(f.source)}` : ""}`, "");
    if (f.references.length) out.push(`${label(m.ui.references)}${f.references.map((r) => link(r)).join(" · ")}`, "");
  }

  if (v.waivers.length) {
    out.push(`## ${e(d.waiversTitle)}`, "");
    out.push(
      ...table(
        [d.colRule, d.colTool, d.colReason, d.colExpiry, d.colStatus].map((x) => e(x)),
        v.waivers.map((w) => [e(w.rule), e(w.tool), e(w.reason, 300), e(w.expires), `${w.active ? "✅" : "⚠️"} ${e(w.status)}`]),
      ),
      "",
    );
  }

  out.push(`## ${e(d.methodTitle)}`, "");
  for (const l of v.method) out.push(`- ${e(l, 600)}`);
  out.push("", `*${e(v.footer)}*`, "");
  return out.join("\n");
}
