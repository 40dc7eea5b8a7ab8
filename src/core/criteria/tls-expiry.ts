import { defineCriterion, measuredEvidence, type Outcome, probedUses } from "../criterion.js";

const DAY = 86_400_000;

export default defineCriterion({
  id: "TLS-EXPIRY",
  scope: "instance",
  severity: "medium",
  codes: ["TLS_EXPIRES_SOON"],
  requires: ["probe"],
  references: ["https://ssi.rip/administration/guide/recommandations-de-securite-relatives-a-tls/index.html"],
  evaluate(ctx) {
    const out: Outcome[] = [];
    const today = Date.parse(`${ctx.today}T00:00:00Z`);
    for (const { use, probe } of probedUses(ctx)) {
      const to = probe.tls?.validTo;
      if (!to || probe.tls?.authorizationError === "CERT_HAS_EXPIRED") continue;
      const days = Math.floor((Date.parse(to) - today) / DAY);
      if (days < 0 || days >= 30) continue;
      out.push({ code: "TLS_EXPIRES_SOON", severity: days < 14 ? "high" : "medium", tool: use.key, args: { days, validTo: to.slice(0, 10) }, evidence: measuredEvidence(use, probe) });
    }
    return out;
  },
});
