import { isPublicBody } from "../../model/config.js";
import { defineCriterion, factEvidence, type Outcome } from "../criterion.js";

export default defineCriterion({
  id: "FORMAT-ODF",
  scope: "tool",
  severity: "low",
  codes: ["ODF_NONE", "ODF_PARTIAL"],
  requires: [],
  references: ["https://www.silicon.fr/rgi-v2-officialise-odf-prefere-openxml-145604.html?print=pdf"],
  evaluate(ctx) {
    const out: Outcome[] = [];
    const publicBody = isPublicBody(ctx.org.type);
    for (const use of ctx.uses) {
      const f = use.tool?.odf;
      if (!f || !use.tool?.categories.includes("office")) continue;
      if (f.value === "none") out.push({ code: "ODF_NONE", severity: publicBody ? "medium" : "low", tool: use.key, evidence: factEvidence("odf", f, use) });
      else if (f.value === "partial") out.push({ code: "ODF_PARTIAL", severity: publicBody ? "low" : "info", tool: use.key, evidence: factEvidence("odf", f, use) });
    }
    return out;
  },
});
