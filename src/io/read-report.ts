import { InputError } from "../model/errors.js";
import { type JsonReport, JsonReportSchema } from "../model/report.js";
import { parseYaml, readTextFile } from "./yaml-source.js";
import { zodProblems } from "./zod-problems.js";

/** A fleet's reports can be large; anything past this is not a report of ours. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/** Read a JSON report written by `teletravail audit --format json` (for --baseline and diff). */
export function readJsonReport(file: string): JsonReport {
  const src = parseYaml(readTextFile(file, MAX_REPORT_BYTES), file);
  const r = JsonReportSchema.safeParse(src.value);
  if (!r.success) throw new InputError(zodProblems(src, JsonReportSchema, r.error.issues).slice(0, 10));
  return r.data;
}
