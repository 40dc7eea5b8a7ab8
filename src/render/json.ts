import type { JsonReport, Report } from "../model/report.js";
import { findingText, helpers, type RenderOptions } from "./text.js";

/** The machine contract: the report plus each finding's wording. Stable key order, two-space indent. */
export function toJsonReport(report: Report, opts: RenderOptions): JsonReport {
  const h = helpers(opts);
  return {
    ...report,
    findings: report.findings.map((f) => {
      const t = findingText(f, opts, h);
      return { ...f, message: t.message, remediation: t.remediation };
    }),
  };
}

export function renderJson(report: Report, opts: RenderOptions): string {
  return `${JSON.stringify(toJsonReport(report, opts), null, 2)}\n`;
}
