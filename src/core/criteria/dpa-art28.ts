import { defineCriterion, factEvidence, missingFactEvidence, type Outcome, vendorHosted } from "../criterion.js";

export default defineCriterion({
  id: "DPA-ART28",
  scope: "tool",
  severity: "high",
  codes: ["DPA_NONE", "DPA_UNKNOWN"],
  requires: [],
  references: [
    "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
    "https://raw.githubusercontent.com/ThomasMoreAI/legal-skills-open/main/eu/data-protection/skills/privacy-vendor-review-clemensjl/references/processor-contract.md",
  ],
  evaluate(ctx) {
    const out: Outcome[] = [];
    for (const use of ctx.uses) {
      if (!vendorHosted(use)) continue;
      const dpa = use.tool.dpa;
      if (!dpa || dpa.value === "unknown")
        out.push({
          code: "DPA_UNKNOWN",
          severity: "medium",
          tool: use.key,
          evidence: dpa ? factEvidence("dpa", dpa, use) : missingFactEvidence("dpa", use),
        });
      else if (dpa.value === "none") out.push({ code: "DPA_NONE", tool: use.key, evidence: factEvidence("dpa", dpa, use) });
    }
    return out;
  },
});
