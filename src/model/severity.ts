import { z } from "zod";

import { FAIL_ON, type FailOn, SEVERITIES } from "./levels.js";

export { FAIL_ON, type FailOn, SEVERITIES };
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

/** Position of a severity on the scale, 0 (info) to 4 (critical). */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export function shiftSeverity(s: Severity, by: number): Severity {
  const i = Math.min(SEVERITIES.length - 1, Math.max(0, severityRank(s) + by));
  return SEVERITIES[i] as Severity;
}

export function minSeverity(a: Severity, b: Severity): Severity {
  return severityRank(a) <= severityRank(b) ? a : b;
}
