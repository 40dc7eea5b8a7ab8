import { z } from "zod";
import { Confidence } from "./catalog.js";
import { Severity } from "./severity.js";

export const ORIGINS = ["catalogue", "declared", "measured"] as const;

/** Where the evidence of a finding comes from. Catalogue evidence carries the fact's provenance. */
export const EvidenceSchema = z.strictObject({
  origin: z.enum(ORIGINS),
  fact: z.string().optional(),
  source: z.string().optional(),
  checked: z.string().optional(),
  confidence: Confidence.optional(),
  /** Path of the config entry the finding is about, e.g. ["tools", 2]. */
  path: z.array(z.union([z.string(), z.number()])).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ArgValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export type Args = Record<string, z.infer<typeof ArgValue>>;

export const FindingSchema = z.strictObject({
  rule: z.string(),
  code: z.string(),
  severity: Severity,
  tool: z.string().nullable(),
  args: z.record(z.string(), ArgValue),
  evidence: EvidenceSchema,
  waived: z.boolean(),
});
export type Finding = z.infer<typeof FindingSchema>;
