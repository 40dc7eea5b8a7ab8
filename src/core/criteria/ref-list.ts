import { declaredEvidence, defineCriterion, factEvidence, type Outcome } from "../criterion.js";

export default defineCriterion({
  id: "REF-LIST",
  scope: "tool",
  severity: "high",
  codes: ["REF_DENIED", "REF_NOT_ALLOWED", "REF_GIP_ALTERNATIVE"],
  requires: [],
  references: ["https://www.banquedesterritoires.fr/gip-territoires-numeriques-bourgogne-franche-comte-vous-forme-sur-le-rgpd-25"],
  evaluate(ctx) {
    const out: Outcome[] = [];
    const { allow, deny, gip2020 } = ctx.policy;
    for (const use of ctx.uses) {
      const id = use.tool?.id;
      if (!id) continue;
      if (deny.includes(id)) out.push({ code: "REF_DENIED", tool: use.key, evidence: declaredEvidence(["policy", "deny"]) });
      else if (allow.length > 0 && !allow.includes(id))
        out.push({ code: "REF_NOT_ALLOWED", tool: use.key, evidence: declaredEvidence(["policy", "allow"]) });
      const g = use.tool?.gip2020;
      if (gip2020 && g?.classification === "alternative")
        out.push({ code: "REF_GIP_ALTERNATIVE", tool: use.key, evidence: factEvidence("gip2020", g, use) });
    }
    return out;
  },
});
