import type { CriterionId, FindingCode } from "../../core/criteria/index.js";
import type { Answer, OrgType, Practice } from "../../model/config.js";
import type { Args } from "../../model/finding.js";
import type { ProbeErrorCode } from "../../model/probe.js";
import type { ToolVerdict } from "../../model/report.js";
import type { Severity } from "../../model/severity.js";

export type Lang = "fr" | "en";

/** Helpers a message template may use: names of tools and categories in the report's language. */
export interface MessageHelpers {
  toolName(id: string): string;
  categoryName(id: string): string;
  practiceLabel(p: string): string;
  probeError(code: string): string;
  date(iso: string): string;
  list(items: readonly string[]): string;
}

export type Template = (a: Args, h: MessageHelpers) => string;

/** One table per language. A missing key is a compile error: both tables satisfy this interface. */
export interface Messages {
  severity: Record<Severity, string>;
  verdict: Record<ToolVerdict, string>;
  answer: Record<Answer | "missing", string>;
  orgType: Record<OrgType, string>;
  confidence: Record<"verified" | "secondary" | "unverified", string>;
  origin: Record<"catalogue" | "declared" | "measured", string>;
  rules: Record<CriterionId, { title: string; remediation: string }>;
  codes: Record<FindingCode, Template>;
  probeError: Record<ProbeErrorCode, string>;
  practices: Record<Practice, { label: string; why: string }>;
  doc: {
    topActions: string;
    byCategory: string;
    colTool: string;
    colVerdict: string;
    colReasons: string;
    colAlternative: string;
    reachTitle: string;
    colUrl: string;
    colAccess: string;
    colResult: string;
    colTls: string;
    colServer: string;
    probes: string;
    access: Record<"internet" | "vpn", string>;
    reach: Record<"ok" | "vpn" | "exposed" | "down" | "internal" | "notProbed", string>;
    findingsTitle: string;
    todo: string;
    evidence: string;
    waiversTitle: string;
    colRule: string;
    colReason: string;
    colExpiry: string;
    colStatus: string;
    methodTitle: string;
    method: {
      origins: (measured: number, declared: number, catalogue: number) => string;
      unverified: (n: number) => string;
      oldest: (date: string) => string;
      notAssessed: (list: string) => string;
      score: string;
      disclaimer: string;
    };
    chartTitle: string;
    noFinding: string;
    generatedBy: (version: string) => string;
    organisationSuite: string;
    yes: string;
    none: string;
  };
  fleet: {
    title: (n: number) => string;
    colOrg: string;
    colGrade: string;
    colScore: string;
    colTop: string;
    common: string;
    colCount: string;
    invalid: (n: number) => string;
    written: (n: number, dir: string) => string;
  };
  diff: {
    title: (org: string) => string;
    score: (a: string, b: string) => string;
    added: string;
    removed: string;
    verdicts: string;
    newFindings: string;
    fixed: string;
    worse: string;
    nothing: string;
    baseline: (n: number, worse: number, fixed: number) => string;
  };
  ui: {
    reportTitle: string;
    organisation: string;
    policy: string;
    catalogue: string;
    generated: string;
    summary: string;
    score: string;
    grade: string;
    findingsCount: (n: number) => string;
    waivedCount: (n: number) => string;
    notAssessed: (n: number) => string;
    notAssessedOffline: string;
    passed: (failOn: string) => string;
    failed: (failOn: string) => string;
    tools: string;
    noTools: string;
    alternatives: string;
    noAlternative: string;
    selfHosted: string;
    vpnOnly: string;
    organisationFindings: string;
    coverage: string;
    reflexes: string;
    waivers: string;
    waiverStatus: Record<"active" | "expired" | "unused", string>;
    waiverLine: (rule: string, tool: string | null, expires: string, reason: string) => string;
    source: string;
    checked: string;
    references: string;
    uncategorised: string;
    disabledRules: (rules: string) => string;
    nothingToReport: string;
    seemsOffline: string;
    waivedTag: string;
    vantage: (mode: "direct" | "proxy" | "offline", proxy: string | null) => string;
  };
}
