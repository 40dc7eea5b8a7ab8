import { defineCriterion, type Outcome } from "../criterion.js";

export default defineCriterion({
  id: "SHADOW-CONSUMER",
  scope: "coverage",
  severity: "medium",
  codes: ["SHADOW_CONSUMER"],
  requires: [],
  references: [
    "https://maire-info.com/numerique/qu'est-ce-que-tchap-cet-equivalent-de-whatsapp-propose-aux-collectivites%C2%A0-article-23867",
  ],
  evaluate(ctx) {
    const out: Outcome[] = [];
    for (const use of ctx.uses)
      if (use.tool?.audience === "consumer")
        out.push({ code: "SHADOW_CONSUMER", tool: use.key, evidence: { origin: "declared", path: ["tools", use.index] } });
    return out;
  },
});
