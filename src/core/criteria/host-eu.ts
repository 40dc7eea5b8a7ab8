import { declaredEvidence, defineCriterion, factEvidence, missingFactEvidence, type Outcome, vendorHosted } from "../criterion.js";
import { zoneOf } from "../countries.js";

export default defineCriterion({
  id: "HOST-EU",
  scope: "tool",
  severity: "high",
  codes: ["HOST_OUTSIDE_EU", "HOST_ADEQUATE", "HOST_EU_OPTION", "HOST_UNKNOWN", "HOST_NOT_FRANCE", "HOST_SELF_UNDECLARED"],
  requires: [],
  references: ["https://eur-lex.europa.eu/eli/reg/2016/679/oj", "https://nosdeputes.fr/16/intervention/375850"],
  evaluate(ctx) {
    const out: Outcome[] = [];
    const preferFrance = ctx.org.prefers_france || ctx.policy.preferFrance;
    for (const use of ctx.uses) {
      if (use.selfHosted || (use.tool === null && use.entry.hosting)) {
        const h = use.entry.hosting;
        const ev = declaredEvidence(["tools", use.index, "hosting"]);
        if (!h) {
          out.push({ code: "HOST_SELF_UNDECLARED", severity: "low", tool: use.key, evidence: declaredEvidence(["tools", use.index]) });
          continue;
        }
        const zone = zoneOf(h.country);
        if (zone === "eea") {
          if (preferFrance && h.country !== "FR")
            out.push({ code: "HOST_NOT_FRANCE", severity: "info", tool: use.key, args: { regions: [h.country] }, evidence: ev });
        } else
          out.push({
            code: zone === "adequate" ? "HOST_ADEQUATE" : "HOST_OUTSIDE_EU",
            severity: zone === "adequate" ? "medium" : "high",
            tool: use.key,
            args: { regions: [h.country] },
            evidence: ev,
          });
        continue;
      }
      if (!vendorHosted(use)) continue;
      const hosting = use.tool.hosting;
      if (!hosting) {
        out.push({ code: "HOST_UNKNOWN", severity: "medium", tool: use.key, evidence: missingFactEvidence("hosting", use) });
        continue;
      }
      const ev = factEvidence("hosting", hosting, use);
      const zones = hosting.regions.map(zoneOf);
      if (zones.every((z) => z === "eea")) {
        if (preferFrance && !hosting.regions.includes("FR") && !(hosting.options ?? []).includes("FR"))
          out.push({ code: "HOST_NOT_FRANCE", severity: "info", tool: use.key, args: { regions: hosting.regions }, evidence: ev });
        continue;
      }
      const euOption = (hosting.options ?? []).some((r) => zoneOf(r) === "eea");
      if (euOption) out.push({ code: "HOST_EU_OPTION", severity: "medium", tool: use.key, args: { regions: hosting.regions }, evidence: ev });
      else if (zones.every((z) => z === "eea" || z === "adequate"))
        out.push({ code: "HOST_ADEQUATE", severity: "medium", tool: use.key, args: { regions: hosting.regions }, evidence: ev });
      else out.push({ code: "HOST_OUTSIDE_EU", tool: use.key, args: { regions: hosting.regions }, evidence: ev });
    }
    return out;
  },
});
