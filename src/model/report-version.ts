/** Bumped on any breaking change of the JSON report. (No zod here: building a report needs no schema.) */
export const REPORT_SCHEMA_VERSION = 1;

export const VERDICTS = ["ok", "warn", "fail", "unknown"] as const;
export type ToolVerdict = (typeof VERDICTS)[number];
