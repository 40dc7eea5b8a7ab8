import type { Report, ReportFinding } from "../model/report.js";
import { type Severity, severityRank } from "../model/severity.js";
import { MESSAGES } from "./messages/index.js";
import { findingText, helpers, type RenderOptions, sanitize } from "./text.js";

/** Escape for XML text and attributes; characters XML 1.0 forbids are dropped. */
export function xml(text: string, max = 500): string {
  return sanitize(text, max).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
}

/**
 * JUnit XML for CI: a suite per category, a case per tool, and a failure for each finding at or
 * above --fail-on. Organisation-wide findings form their own suite.
 */
export function renderJunit(report: Report, opts: RenderOptions): string {
  const m = MESSAGES[opts.lang];
  const h = helpers(opts);
  const failOn = report.failOn;
  const failing = (f: ReportFinding) => !f.waived && failOn !== "none" && severityRank(f.severity) >= severityRank(failOn as Severity);
  const failure = (f: ReportFinding) => {
    const t = findingText(f, opts, h);
    return `      <failure type="${xml(f.rule)}" message="${xml(`${m.severity[f.severity]}: ${t.message}`, 300)}">${xml(`${t.message} ${t.provenance}\n${t.remediation}`, 1000)}</failure>`;
  };
  const suites: { name: string; cases: { name: string; classname: string; failures: string[]; skipped: boolean }[] }[] = [];
  const order = new Map(opts.catalog.categories.map((c, i) => [c.id, i]));
  const cats = [...new Set(report.tools.map((t) => t.category ?? ""))].sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999));
  for (const cat of cats) {
    suites.push({
      name: cat ? h.categoryName(cat) : m.ui.uncategorised,
      cases: report.tools
        .filter((t) => (t.category ?? "") === cat)
        .map((t) => ({
          name: t.name,
          classname: `teletravail.${cat || "other"}`,
          failures: report.findings.filter((f) => f.tool === t.id && failing(f)).map(failure),
          skipped: false,
        })),
    });
  }
  const orgFindings = report.findings.filter((f) => f.tool === null);
  const orgRules = [...new Set([...report.practices.map((p) => p.rule), ...orgFindings.map((f) => f.rule)])];
  suites.push({
    name: m.doc.organisationSuite,
    cases: orgRules.map((rule) => ({
      name: rule,
      classname: "teletravail.organisation",
      failures: orgFindings.filter((f) => f.rule === rule && failing(f)).map(failure),
      skipped: false,
    })),
  });
  const total = suites.reduce((n, s) => n + s.cases.length, 0);
  const failures = suites.reduce((n, s) => n + s.cases.filter((c) => c.failures.length).length, 0);
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="teletravail" tests="${total}" failures="${failures}" errors="0" timestamp="${xml(report.generatedAt)}">`];
  for (const s of suites) {
    const f = s.cases.filter((c) => c.failures.length).length;
    out.push(`  <testsuite name="${xml(s.name)}" tests="${s.cases.length}" failures="${f}" errors="0" skipped="0">`);
    for (const c of s.cases) {
      if (c.failures.length === 0) out.push(`    <testcase name="${xml(c.name)}" classname="${xml(c.classname)}"/>`);
      else out.push(`    <testcase name="${xml(c.name)}" classname="${xml(c.classname)}">`, ...c.failures, `    </testcase>`);
    }
    out.push(`  </testsuite>`);
  }
  out.push(`</testsuites>`, "");
  return out.join("\n");
}
