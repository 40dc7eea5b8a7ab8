import { defineCriterion, type Outcome } from "../criterion.js";

export default defineCriterion({
  id: "COVER-VPN",
  scope: "coverage",
  severity: "medium",
  codes: ["COVER_VPN_MISSING"],
  requires: [],
  references: ["https://www.gestionsociale.fr/afp/la-cnil-livre-ses-conseils-pour-securiser-le-teletravail/"],
  evaluate(ctx) {
    const internal = ctx.uses.filter((u) => u.entry.access === "vpn" || u.categories.includes("metier"));
    if (internal.length === 0 || ctx.uses.some((u) => u.categories.includes("vpn"))) return [];
    const out: Outcome[] = [
      {
        code: "COVER_VPN_MISSING",
        args: { internal: internal.map((u) => u.name) },
        evidence: { origin: "declared", path: ["tools", internal[0]?.index ?? 0] },
      },
    ];
    return out;
  },
});
