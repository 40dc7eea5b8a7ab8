import { defineCriterion, factEvidence, type Outcome, vendorHosted } from "../criterion.js";
import { zoneOf } from "../countries.js";

export default defineCriterion({
  id: "XFER-BASIS",
  scope: "tool",
  severity: "high",
  codes: ["XFER_UNKNOWN", "XFER_NONE", "XFER_SCC", "XFER_DPF"],
  requires: [],
  references: [
    "https://eur-lex.europa.eu/eli/C/2025/6610/oj/eng",
    "https://www.privacy-ticker.com/edpb-adopts-final-recommendation-01-2020-on-supplementary-measures-for-data-transfers-to-third-countries/",
  ],
  evaluate(ctx) {
    const out: Outcome[] = [];
    for (const use of ctx.uses) {
      if (!vendorHosted(use)) continue;
      const t = use.tool;
      // A transfer happens when data is stored outside the EEA/adequate countries, or when a vendor
      // established there can access it (remote access counts as a transfer for the EDPB).
      const third = new Set<string>();
      for (const r of t.hosting?.regions ?? []) if (["us", "other"].includes(zoneOf(r))) third.add(r);
      for (const c of [t.vendor.country, t.vendor.parent_country]) if (c !== undefined && ["us", "other"].includes(zoneOf(c))) third.add(c);
      if (third.size === 0) continue;
      const countries = [...third].sort();
      const tr = t.transfers;
      if (!tr) {
        out.push({ code: "XFER_UNKNOWN", tool: use.key, args: { countries }, evidence: factEvidence("vendor", t.vendor, use) });
        continue;
      }
      const ev = factEvidence("transfers", tr, use);
      if (tr.dpf === "listed") out.push({ code: "XFER_DPF", severity: "info", tool: use.key, args: { countries }, evidence: ev });
      else if (tr.scc === "yes") out.push({ code: "XFER_SCC", severity: "medium", tool: use.key, args: { countries }, evidence: ev });
      else if (tr.dpf === "unknown" || tr.scc === "unknown") out.push({ code: "XFER_UNKNOWN", tool: use.key, args: { countries }, evidence: ev });
      else out.push({ code: "XFER_NONE", tool: use.key, args: { countries }, evidence: ev });
    }
    return out;
  },
});
