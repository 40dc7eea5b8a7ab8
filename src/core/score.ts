import type { Finding } from "../model/finding.js";
import type { Counts } from "../model/report.js";
import { type FailOn, type Severity, severityRank } from "../model/severity.js";

const PENALTY: Record<Severity, number> = { critical: 25, high: 10, medium: 4, low: 1, info: 0 };
/** Penalty at which the score is 50: large enough that one high finding still leaves a B. */
const HALF = 50;

export function countFindings(findings: readonly Finding[]): Counts {
  const c: Counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) if (!f.waived) c[f.severity]++;
  return c;
}

/** 100 × (1 − p / (p + 50)) where p is the sum of penalties of findings that are not waived. */
export function score(findings: readonly Finding[]): number {
  let p = 0;
  for (const f of findings) if (!f.waived) p += PENALTY[f.severity];
  return Math.round(100 * (1 - p / (p + HALF)));
}

export function grade(score: number, counts: Counts): "A" | "B" | "C" | "D" | "E" | "F" {
  // A critical finding caps the grade at D, whatever the rest.
  const g = score >= 90 ? "A" : score >= 75 ? "B" : score >= 60 ? "C" : score >= 45 ? "D" : score >= 30 ? "E" : "F";
  if (counts.critical > 0 && "ABC".includes(g)) return "D";
  return g;
}

/** 1 when a finding that is not waived is at or above `failOn`, else 0. */
export function exitCodeFor(findings: readonly Pick<Finding, "severity" | "waived">[], failOn: FailOn): 0 | 1 {
  if (failOn === "none") return 0;
  const min = severityRank(failOn);
  return findings.some((f) => !f.waived && severityRank(f.severity) >= min) ? 1 : 0;
}
