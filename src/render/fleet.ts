import { Chalk } from "chalk";
import type { FleetSummary } from "../core/fleet.js";
import type { ReportDiff } from "../core/diff.js";
import { mdEscape } from "./markdown.js";
import { MESSAGES } from "./messages/index.js";
import { helpers, type RenderOptions, ruleText, sanitize } from "./text.js";

export type SummaryFormat = "terminal" | "markdown" | "json";

/** The fleet summary: organisations by grade, then the tools that fail most often. */
export function renderFleet(s: FleetSummary, format: SummaryFormat, opts: RenderOptions): string {
  if (format === "json") return `${JSON.stringify(s, null, 2)}\n`;
  const m = MESSAGES[opts.lang];
  const h = helpers(opts);
  const f = m.fleet;
  const top = (o: FleetSummary["organisations"][number]) => o.top.map((t) => `${ruleText(m, t.rule).title}${t.tool ? ` (${t.tool})` : ""}`).join(" ; ") || m.doc.none;
  if (format === "markdown") {
    const e = mdEscape;
    const out = [`# ${e(f.title(s.organisations.length))}`, "", `| ${e(f.colOrg)} | ${e(f.colGrade)} | ${e(f.colScore)} | ${e(f.colTop)} |`, "|---|---|---|---|"];
    for (const o of s.organisations) out.push(`| ${e(o.name)} | ${o.grade} | ${o.score} | ${e(top(o), 300)} |`);
    out.push("", `## ${e(f.common)}`, "", `| ${e(m.doc.colTool)} | ${e(f.colCount)} | ${e(m.doc.colAlternative)} |`, "|---|---|---|");
    for (const c of s.commonFailures) out.push(`| ${e(c.name)} | ${c.organisations} | ${e(c.alternatives.map((a) => h.toolName(a)).join(", ") || m.doc.none)} |`);
    if (s.invalid.length) out.push("", `${e(f.invalid(s.invalid.length))}`, "", ...s.invalid.map((i) => `- ${e(i)}`));
    return `${out.join("\n")}\n`;
  }
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const w = Math.min(40, Math.max(12, ...s.organisations.map((o) => sanitize(o.name, 40).length)));
  const out = [c.bold(f.title(s.organisations.length)), ""];
  out.push(c.bold(`${f.colOrg.padEnd(w)}  ${f.colGrade.padEnd(5)} ${f.colScore.padEnd(6)} ${f.colTop}`));
  for (const o of s.organisations) {
    const g = o.grade <= "B" ? c.green(o.grade) : o.grade <= "D" ? c.yellow(o.grade) : c.red(o.grade);
    out.push(`${sanitize(o.name, 40).padEnd(w)}  ${g}${" ".repeat(5)} ${String(o.score).padEnd(6)} ${c.dim(sanitize(top(o), 120))}`);
  }
  if (s.commonFailures.length) {
    out.push("", c.bold(f.common));
    for (const x of s.commonFailures.slice(0, 10))
      out.push(`  ${c.red("✗")} ${x.name} — ${x.organisations} ${(x.organisations === 1 ? f.colOrg : f.colCount).toLowerCase()}${x.alternatives.length ? ` → ${x.alternatives.map((a) => h.toolName(a)).join(", ")}` : ""}`);
  }
  if (s.invalid.length) out.push("", c.yellow(f.invalid(s.invalid.length)), ...s.invalid.map((i) => `  ${sanitize(i, 200)}`));
  return `${out.join("\n")}\n`;
}

/** `teletravail diff`: what changed between two reports. */
export function renderDiff(d: ReportDiff, format: SummaryFormat, opts: RenderOptions): string {
  if (format === "json") return `${JSON.stringify(d, null, 2)}\n`;
  const m = MESSAGES[opts.lang];
  const t = m.diff;
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const md = format === "markdown";
  const e = (x: string) => (md ? mdEscape(x) : sanitize(x, 300));
  const head = (x: string) => (md ? `## ${e(x)}` : c.bold(x));
  const line = (x: string) => (md ? `- ${x}` : `  ${x}`);
  const who = (f: { rule: string; tool: string | null }) => `${f.rule}${f.tool ? ` — ${f.tool}` : ""}`;
  const out = [md ? `# ${e(t.title(d.organisation))}` : c.bold(t.title(d.organisation)), "", t.score(`${d.from.score} (${d.from.grade})`, `${d.to.score} (${d.to.grade})`)];
  const section = (title: string, items: string[]) => {
    if (items.length) out.push("", head(title), ...items.map((i) => line(i)));
  };
  section(t.added, d.toolsAdded.map((x) => `${e(x.name)} (${m.verdict[x.verdict]})`));
  section(t.removed, d.toolsRemoved.map((x) => e(x.name)));
  section(t.verdicts, d.verdictChanges.map((x) => `${e(x.name)} : ${m.verdict[x.from]} → ${m.verdict[x.to]}`));
  section(t.newFindings, d.newFindings.map((f) => `${m.severity[f.severity]} ${e(who(f))}`));
  section(t.worse, d.worseFindings.map((x) => `${e(who(x.finding))} : ${m.severity[x.from as keyof typeof m.severity] ?? x.from} → ${m.severity[x.finding.severity]}`));
  section(t.fixed, d.fixedFindings.map((f) => `${m.severity[f.severity]} ${e(who(f))}`));
  if (!d.toolsAdded.length && !d.toolsRemoved.length && !d.verdictChanges.length && !d.newFindings.length && !d.fixedFindings.length && !d.worseFindings.length)
    out.push("", t.nothing);
  return `${out.join("\n")}\n`;
}
