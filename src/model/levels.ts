/** Severity levels, lowest first. No dependency: the CLI's option parsing loads this before anything heavy. */
export const SEVERITIES = ["info", "low", "medium", "high", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FAIL_ON = [...SEVERITIES, "none"] as const;
export type FailOn = (typeof FAIL_ON)[number];
