import type { Report, ReportFinding, ToolVerdict } from "../model/report.js";
import { severityRank } from "../model/severity.js";
import { findingKey } from "./baseline.js";

type DiffInput = Pick<Report, "generatedAt" | "summary" | "tools" | "organisation"> & { findings: Pick<ReportFinding, "rule" | "code" | "tool" | "severity" | "waived">[] };

export interface ReportDiff {
  organisation: string;
  from: { generatedAt: string; score: number; grade: string };
  to: { generatedAt: string; score: number; grade: string };
  toolsAdded: { id: string; name: string; verdict: ToolVerdict }[];
  toolsRemoved: { id: string; name: string }[];
  verdictChanges: { id: string; name: string; from: ToolVerdict; to: ToolVerdict }[];
  newFindings: DiffInput["findings"];
  fixedFindings: DiffInput["findings"];
  worseFindings: { finding: DiffInput["findings"][number]; from: string }[];
}

/** What changed between two reports of the same organisation (pure). */
export function diffReports(a: DiffInput, b: DiffInput): ReportDiff {
  const ta = new Map(a.tools.map((t) => [t.id, t]));
  const tb = new Map(b.tools.map((t) => [t.id, t]));
  const fa = new Map(a.findings.filter((f) => !f.waived).map((f) => [findingKey(f), f]));
  const fb = new Map(b.findings.filter((f) => !f.waived).map((f) => [findingKey(f), f]));
  return {
    organisation: b.organisation.name,
    from: { generatedAt: a.generatedAt, score: a.summary.score, grade: a.summary.grade },
    to: { generatedAt: b.generatedAt, score: b.summary.score, grade: b.summary.grade },
    toolsAdded: b.tools.filter((t) => !ta.has(t.id)).map((t) => ({ id: t.id, name: t.name, verdict: t.verdict })),
    toolsRemoved: a.tools.filter((t) => !tb.has(t.id)).map((t) => ({ id: t.id, name: t.name })),
    verdictChanges: b.tools.flatMap((t) => {
      const prev = ta.get(t.id);
      return prev && prev.verdict !== t.verdict ? [{ id: t.id, name: t.name, from: prev.verdict, to: t.verdict }] : [];
    }),
    newFindings: [...fb.entries()].filter(([k]) => !fa.has(k)).map(([, f]) => f),
    fixedFindings: [...fa.entries()].filter(([k]) => !fb.has(k)).map(([, f]) => f),
    worseFindings: [...fb.entries()].flatMap(([k, f]) => {
      const prev = fa.get(k);
      return prev && severityRank(f.severity) > severityRank(prev.severity) ? [{ finding: f, from: prev.severity }] : [];
    }),
  };
}
