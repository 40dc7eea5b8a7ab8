import { byString } from "./compare.js";
import type { Report } from "../model/report.js";
import { severityRank } from "../model/severity.js";

export interface FleetSummary {
  organisations: {
    file: string;
    name: string;
    type: string;
    score: number;
    grade: string;
    verdict: "pass" | "fail";
    counts: Report["summary"]["counts"];
    /** The worst findings, as rule and tool. */
    top: { rule: string; tool: string | null; severity: string }[];
  }[];
  /** Catalogue tools that fail in several organisations, most common first, with alternatives that pass. */
  commonFailures: { id: string; name: string; organisations: number; alternatives: string[] }[];
  invalid: string[];
}

/** One table for a GIP or a département auditing its members (pure). */
export function summariseFleet(entries: { file: string; report: Report }[], invalid: string[]): FleetSummary {
  const organisations = entries.map(({ file, report }) => ({
    file,
    name: report.organisation.name,
    type: report.organisation.type,
    score: report.summary.score,
    grade: report.summary.grade,
    verdict: report.summary.verdict,
    counts: report.summary.counts,
    top: report.findings
      .filter((f) => !f.waived && f.severity !== "info")
      .sort((a, b) => severityRank(b.severity) - severityRank(a.severity))
      .slice(0, 3)
      .map((f) => ({ rule: f.rule, tool: f.tool ? (report.tools.find((t) => t.id === f.tool)?.name ?? f.tool) : null, severity: f.severity })),
  }));
  const failing = new Map<string, { name: string; organisations: number; alternatives: Set<string> }>();
  for (const { report } of entries)
    for (const t of report.tools) {
      if (t.verdict !== "fail" || !t.catalogId) continue;
      const e = failing.get(t.catalogId) ?? { name: t.name, organisations: 0, alternatives: new Set<string>() };
      e.organisations++;
      for (const a of t.alternatives) e.alternatives.add(a);
      failing.set(t.catalogId, e);
    }
  const commonFailures = [...failing.entries()]
    .map(([id, e]) => ({ id, name: e.name, organisations: e.organisations, alternatives: [...e.alternatives] }))
    .sort((a, b) => b.organisations - a.organisations || byString(a.id, b.id));
  organisations.sort((a, b) => a.score - b.score || byString(a.name, b.name));
  return { organisations, commonFailures, invalid };
}
