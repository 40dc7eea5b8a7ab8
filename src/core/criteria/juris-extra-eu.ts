import { isPublicBody } from "../../model/config.js";
import { defineCriterion, factEvidence, type Outcome, vendorHosted } from "../criterion.js";
import { zoneOf } from "../countries.js";

export default defineCriterion({
  id: "JURIS-EXTRA-EU",
  scope: "tool",
  severity: "medium",
  codes: ["JURIS_EXTRATERRITORIAL", "JURIS_ADEQUATE", "JURIS_UNKNOWN"],
  requires: [],
  references: [
    "https://wilmerhale.com/insights/client-alerts/congress-enacts-law-clarifying-reach-of-warrants-for-overseas-data",
    "https://guilnet.fr/2025/06/11/microsoft-france-je-ne-peux-pas-garantir-que-les-donnees-europeennes-ne-soient-pas-accessibles-aux-autorites-americaines",
  ],
  evaluate(ctx) {
    const out: Outcome[] = [];
    const strict = isPublicBody(ctx.org.type) && ctx.org.sensitive_data;
    for (const use of ctx.uses) {
      if (!vendorHosted(use)) continue;
      const v = use.tool.vendor;
      if (v.country === undefined) {
        out.push({ code: "JURIS_UNKNOWN", tool: use.key, args: { vendor: v.name }, evidence: factEvidence("vendor", v, use) });
        continue;
      }
      const countries = [v.country, ...(v.parent_country ? [v.parent_country] : [])];
      const zones = countries.map(zoneOf);
      const ev = factEvidence("vendor", v, use);
      const args = { vendor: v.name, country: v.country, parent: v.parent ?? null, parentCountry: v.parent_country ?? null };
      if (zones.some((z) => z === "us" || z === "other"))
        out.push({ code: "JURIS_EXTRATERRITORIAL", severity: strict ? "high" : "medium", tool: use.key, args, evidence: ev });
      else if (zones.some((z) => z === "adequate"))
        out.push({ code: "JURIS_ADEQUATE", severity: "low", tool: use.key, args, evidence: ev });
    }
    return out;
  },
});
