import type { EvaluationContext, Outcome } from "./criterion.js";
import { defineCriterion } from "./criterion.js";
import type { Practice } from "../model/config.js";
import { type Severity, shiftSeverity } from "../model/severity.js";

export const PRACTICE_CODES = ["PRACTICE_NO", "PRACTICE_PARTIAL", "PRACTICE_UNKNOWN"] as const;

interface PracticeSpec<Id extends string> {
  id: Id;
  practice: Practice;
  severity: Severity;
  references: readonly string[];
  /** Severity for this organisation, or null when the reflex does not apply to it. */
  severityFor?: (ctx: EvaluationContext) => Severity | null;
}

/**
 * A criterion on one of the good reflexes: `no` gives the full severity, `partial` one level less,
 * `unknown` (or no answer) an info finding asking to check.
 */
export function definePracticeCriterion<const Id extends string>(spec: PracticeSpec<Id>) {
  return defineCriterion({
    id: spec.id,
    scope: "organisation",
    severity: spec.severity,
    codes: PRACTICE_CODES,
    requires: [],
    references: spec.references,
    practice: spec.practice,
    evaluate(ctx): Outcome[] {
      const severity = spec.severityFor ? spec.severityFor(ctx) : spec.severity;
      if (severity === null) return [];
      const answer = ctx.config.practices[spec.practice];
      const evidence = { origin: "declared" as const, path: ["practices", spec.practice] };
      const args = { practice: spec.practice, answer: answer ?? null };
      switch (answer) {
        case "yes":
          return [];
        case "no":
          return [{ code: "PRACTICE_NO", severity, args, evidence }];
        case "partial":
          return [{ code: "PRACTICE_PARTIAL", severity: shiftSeverity(severity, -1), args, evidence }];
        default:
          return [{ code: "PRACTICE_UNKNOWN", severity: "info", args, evidence }];
      }
    },
  });
}
