import type { Severity } from "../../model/severity.js";
import { defineCriterion, factEvidence, missingFactEvidence, type Outcome, vendorHosted } from "../criterion.js";

export default defineCriterion({
  id: "SECNUMCLOUD",
  scope: "tool",
  severity: "medium",
  codes: ["SNC_NOT_QUALIFIED", "SNC_UNKNOWN"],
  requires: [],
  references: [
    "https://www.silicon.fr/donnees-sensibles-doctrine-cloud-etat-466894.html",
    "https://www.senat.fr/amendements/commissions/2025-2026/8/jeu_complet.html",
  ],
  evaluate(ctx) {
    if (!ctx.org.sensitive_data) return [];
    const { type, population } = ctx.org;
    // Circular of 31 May 2023 and SREN art. 31 for the State; the pending art. 31-1 for large local authorities.
    let severity: Severity = "info";
    if (type === "etat" || type === "etablissement-public") severity = "high";
    else if (type === "region" || type === "departement" || type === "epci" || (type === "commune" && (population ?? 0) > 30000))
      severity = "medium";
    const out: Outcome[] = [];
    for (const use of ctx.uses) {
      if (!vendorHosted(use)) continue;
      const f = use.tool.secnumcloud;
      if (f?.value === "qualified") continue;
      out.push({
        code: f && f.value !== "unknown" ? "SNC_NOT_QUALIFIED" : "SNC_UNKNOWN",
        severity,
        tool: use.key,
        args: { status: f?.value ?? "unknown" },
        evidence: f ? factEvidence("secnumcloud", f, use) : missingFactEvidence("secnumcloud", use),
      });
    }
    return out;
  },
});
