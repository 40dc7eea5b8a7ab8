import { defineCriterion, measuredEvidence, type Outcome, probedUses } from "../criterion.js";

export default defineCriterion({
  id: "SEC-HEADERS",
  scope: "instance",
  severity: "low",
  codes: ["HEADERS_MISSING"],
  requires: ["probe"],
  references: ["https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Headers_Cheat_Sheet.html"],
  evaluate(ctx) {
    const out: Outcome[] = [];
    for (const { use, probe } of probedUses(ctx)) {
      if (!probe.reachable || !use.entry.url) continue; // the organisation's own instances only
      const h = probe.headers;
      const missing: string[] = [];
      if (!/nosniff/i.test(h["x-content-type-options"] ?? "")) missing.push("X-Content-Type-Options");
      if (!h["x-frame-options"] && !/frame-ancestors/i.test(h["content-security-policy"] ?? "")) missing.push("X-Frame-Options / CSP frame-ancestors");
      if (missing.length) out.push({ code: "HEADERS_MISSING", tool: use.key, args: { missing }, evidence: measuredEvidence(use, probe) });
    }
    return out;
  },
});
