import type { Report, ReportFinding } from "../model/report.js";
import { type FailOn, severityRank } from "../model/severity.js";
import { exitCodeFor } from "./score.js";

/** What identifies "the same finding" across two reports: rule, message code and tool. */
export function findingKey(f: Pick<ReportFinding, "rule" | "code" | "tool">): string {
  return `${f.rule}\u0000${f.code}\u0000${f.tool ?? ""}`;
}

export interface BaselineLike {
  generatedAt: string;
  findings: Pick<ReportFinding, "rule" | "code" | "tool" | "severity" | "waived">[];
}

/**
 * Compare a report with a previous one: each finding is new, worse (same finding, higher severity) or
 * unchanged. Only new and worse findings gate the verdict, so a change fails on what it adds.
 */
export function applyBaseline(report: Report, baseline: BaselineLike, failOn: FailOn): Report {
  const before = new Map(baseline.findings.filter((f) => !f.waived).map((f) => [findingKey(f), f]));
  const now = new Set(report.findings.map(findingKey));
  const findings = report.findings.map((f) => {
    const prev = before.get(findingKey(f));
    const status: "new" | "worse" | "unchanged" = !prev ? "new" : severityRank(f.severity) > severityRank(prev.severity) ? "worse" : "unchanged";
    return { ...f, baseline: status };
  });
  const gating = findings.filter((f) => f.baseline !== "unchanged");
  return {
    ...report,
    findings,
    summary: { ...report.summary, verdict: exitCodeFor(gating, failOn) === 1 ? "fail" : "pass" },
    baseline: {
      generatedAt: baseline.generatedAt,
      new: findings.filter((f) => f.baseline === "new").length,
      worse: findings.filter((f) => f.baseline === "worse").length,
      unchanged: findings.filter((f) => f.baseline === "unchanged").length,
      fixed: [...before.keys()].filter((k) => !now.has(k)).length,
    },
  };
}
