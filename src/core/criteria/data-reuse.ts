import { defineCriterion, factEvidence, type Outcome } from "../criterion.js";

export default defineCriterion({
  id: "DATA-REUSE",
  scope: "tool",
  severity: "high",
  codes: ["DATA_REUSE_ADS", "DATA_REUSE"],
  requires: [],
  references: ["https://www.jeunes.gouv.fr/Les-outils-de-visioconference-avec"],
  evaluate(ctx) {
    const out: Outcome[] = [];
    for (const use of ctx.uses) {
      const f = use.tool?.business_model;
      if (!f || use.selfHosted) continue;
      if (f.value === "ads") out.push({ code: "DATA_REUSE_ADS", tool: use.key, evidence: factEvidence("business_model", f, use) });
      if (f.value === "data-reuse") out.push({ code: "DATA_REUSE", tool: use.key, evidence: factEvidence("business_model", f, use) });
    }
    return out;
  },
});
