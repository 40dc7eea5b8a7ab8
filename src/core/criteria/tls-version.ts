import { defineCriterion, measuredEvidence, type Outcome, probedUses } from "../criterion.js";

export default defineCriterion({
  id: "TLS-VERSION",
  scope: "instance",
  severity: "medium",
  codes: ["TLS_LEGACY_ACCEPTED", "TLS_LEGACY_ONLY"],
  requires: ["probe"],
  references: ["https://fr.scribd.com/document/503571778/Anssi-guide-recommandations-de-Securite-Relatives-a-Tls-V1-2"],
  evaluate(ctx) {
    const out: Outcome[] = [];
    for (const { use, probe } of probedUses(ctx)) {
      const legacy = probe.tls?.legacy ?? [];
      if (legacy.length === 0) continue;
      const ev = measuredEvidence(use, probe);
      if (probe.tls?.protocol === null) out.push({ code: "TLS_LEGACY_ONLY", severity: "high", tool: use.key, args: { versions: legacy }, evidence: ev });
      else out.push({ code: "TLS_LEGACY_ACCEPTED", tool: use.key, args: { versions: legacy }, evidence: ev });
    }
    return out;
  },
});
