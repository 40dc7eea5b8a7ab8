import { z } from "zod";
import { EvidenceSchema, ArgValue } from "./finding.js";
import { FAIL_ON, Severity } from "./severity.js";
import { ORG_TYPES, ANSWERS } from "./config.js";
import { LIFECYCLE_STATUSES } from "./catalog.js";
import { ProbeResultSchema, VantageSchema } from "./probe.js";

import { REPORT_SCHEMA_VERSION, type ToolVerdict, VERDICTS } from "./report-version.js";

export { REPORT_SCHEMA_VERSION, type ToolVerdict, VERDICTS };

const Counts = z.strictObject({ critical: z.number(), high: z.number(), medium: z.number(), low: z.number(), info: z.number() });
export type Counts = z.infer<typeof Counts>;

export const ReportToolSchema = z.strictObject({
  id: z.string(),
  catalogId: z.string().nullable(),
  name: z.string(),
  category: z.string().nullable(),
  categories: z.array(z.string()),
  status: z.union([z.enum(LIFECYCLE_STATUSES), z.literal("unknown")]),
  known: z.boolean(),
  selfHosted: z.boolean(),
  url: z.string().nullable(),
  access: z.enum(["internet", "vpn"]),
  verdict: z.enum(VERDICTS),
  alternatives: z.array(z.string()),
  probe: ProbeResultSchema.nullable(),
});
export type ReportTool = z.infer<typeof ReportToolSchema>;

const findingShape = {
  rule: z.string(),
  code: z.string(),
  severity: Severity,
  tool: z.string().nullable(),
  args: z.record(z.string(), ArgValue),
  references: z.array(z.string()),
  evidence: EvidenceSchema,
  waived: z.boolean(),
  /** With --baseline: is this finding new, worse than before, or already there? */
  baseline: z.enum(["new", "worse", "unchanged"]).optional(),
};
export const ReportFindingSchema = z.strictObject(findingShape);
export type ReportFinding = z.infer<typeof ReportFindingSchema>;

const reportShape = {
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  generatedAt: z.string(),
  tool: z.strictObject({ name: z.literal("teletravail"), version: z.string() }),
  catalogVersion: z.string(),
  policy: z.strictObject({ id: z.string(), base: z.string(), disabled: z.array(z.string()) }),
  lang: z.enum(["fr", "en"]),
  failOn: z.enum(FAIL_ON),
  organisation: z.strictObject({ name: z.string(), type: z.enum(ORG_TYPES) }),
  /** Where probes ran from: directly, through a proxy, or not at all. */
  vantage: VantageSchema,
  summary: z.strictObject({
    verdict: z.enum(["pass", "fail"]),
    score: z.number().int().min(0).max(100),
    grade: z.enum(["A", "B", "C", "D", "E", "F"]),
    counts: Counts,
    waived: z.number().int(),
    notAssessed: z.number().int(),
  }),
  tools: z.array(ReportToolSchema),
  coverage: z.array(z.strictObject({ category: z.string(), tools: z.array(z.string()) })),
  practices: z.array(z.strictObject({ practice: z.string(), rule: z.string(), answer: z.enum(ANSWERS).nullable() })),
  waivers: z.array(
    z.strictObject({
      rule: z.string(),
      tool: z.string().nullable(),
      reason: z.string(),
      expires: z.string(),
      status: z.enum(["active", "expired", "unused"]),
      matched: z.number().int(),
    }),
  ),
  notAssessed: z.array(z.strictObject({ rule: z.string(), reason: z.enum(["offline", "crashed"]) })),
  /** With --baseline: what changed since the previous report; only new and worse findings gate. */
  baseline: z.strictObject({ generatedAt: z.string(), new: z.number().int(), worse: z.number().int(), unchanged: z.number().int(), fixed: z.number().int() }).optional(),
};

/** The report as the core builds it: data only, no sentence. */
export const ReportSchema = z.strictObject({ ...reportShape, findings: z.array(ReportFindingSchema) });
export type Report = z.infer<typeof ReportSchema>;

/** The JSON output (`--format json`): the report plus each finding's wording in the report's language. */
export const JsonReportSchema = z.strictObject({
  ...reportShape,
  findings: z.array(z.strictObject({ ...findingShape, message: z.string(), remediation: z.string() })),
});
export type JsonReport = z.infer<typeof JsonReportSchema>;
