import { criterionOf } from "../core/criteria/cover-category.js";
import { CRITERIA } from "../core/criteria/index.js";
import type { Report } from "../model/report.js";
import type { Severity } from "../model/severity.js";
import { MESSAGES } from "./messages/index.js";
import { findingText, helpers, pathKey, type RenderOptions, ruleText } from "./text.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { critical: "error", high: "error", medium: "warning", low: "note", info: "note" };
/** GitHub code scanning ranks security alerts by this 0–10 score. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0", info: "1.0" };

/**
 * SARIF 2.1.0: one rule per criterion with its help text; each result located at the config entry it is
 * about (line and column from the YAML parser), so code scanning annotates the entry itself.
 */
export function renderSarif(report: Report, opts: RenderOptions): string {
  const m = MESSAGES[opts.lang];
  const h = helpers(opts);
  const ids = [...new Set([...CRITERIA.map((c) => c.id).filter((id) => id !== "COVER-CATEGORY"), ...report.findings.map((f) => f.rule)])];
  const byId = new Map<string, (typeof CRITERIA)[number]>(CRITERIA.map((c) => [c.id, c]));
  const rules = ids.map((id) => {
    const c = byId.get(criterionOf(id));
    const t = ruleText(m, id);
    const refs = [...(c?.references ?? [])];
    const severity = c?.severity ?? "info";
    return {
      id,
      name: id.toLowerCase().replace(/(^|-)([a-z0-9])/g, (_x, _d, ch: string) => ch.toUpperCase()),
      shortDescription: { text: t.title },
      fullDescription: { text: t.remediation || t.title },
      help: { text: `${t.remediation}\n${refs.join("\n")}`.trim(), markdown: `${t.remediation}\n\n${refs.map((r) => `- <${r}>`).join("\n")}`.trim() },
      ...(refs[0] ? { helpUri: refs[0] } : {}),
      defaultConfiguration: { level: LEVEL[severity] },
      properties: { tags: ["teletravail", c?.scope ?? "coverage"], "security-severity": SECURITY_SEVERITY[severity] },
    };
  });
  const index = new Map(ids.map((id, i) => [id, i]));
  const results = report.findings.map((f) => {
    const t = findingText(f, opts, h);
    const path = f.evidence.path ?? [];
    // The deepest path with a known position: the key itself, else its entry, else the document.
    let pos: { line: number; column: number } | undefined;
    for (let n = path.length; n >= 0 && !pos; n--) pos = opts.source?.positions.get(pathKey(path.slice(0, n)));
    return {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule) ?? 0,
      level: LEVEL[f.severity],
      message: { text: `${t.message}${t.provenance ? ` ${t.provenance}` : ""}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: opts.source?.uri ?? "teletravail.yaml" },
            region: { startLine: pos?.line ?? 1, startColumn: pos?.column ?? 1 },
          },
        },
      ],
      partialFingerprints: { teletravail: `${f.rule}/${f.code}/${f.tool ?? "-"}` },
      ...(f.waived ? { suppressions: [{ kind: "external", status: "accepted", justification: waiverReason(report, f.rule, f.tool) }] } : {}),
      properties: { severity: f.severity, tool: f.tool, origin: f.evidence.origin },
    };
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "teletravail",
            version: report.tool.version,
            informationUri: "https://www.npmjs.com/package/teletravail",
            language: opts.lang,
            rules,
          },
        },
        invocations: [{ executionSuccessful: true, endTimeUtc: report.generatedAt }],
        results,
        properties: { score: report.summary.score, grade: report.summary.grade, policy: report.policy.id, catalogVersion: report.catalogVersion },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function waiverReason(report: Report, rule: string, tool: string | null): string {
  const w = report.waivers.find((x) => x.rule === rule && x.status === "active" && (x.tool === null || tool === null || tool.startsWith(x.tool) || x.tool === tool));
  return w ? `${w.reason} (${w.expires})` : rule;
}
