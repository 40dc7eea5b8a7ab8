import { defineCriterion, factEvidence, missingFactEvidence, type Outcome } from "../criterion.js";

const CONVERSATION = ["chat", "visio"];

export default defineCriterion({
  id: "E2EE",
  scope: "tool",
  severity: "medium",
  codes: ["E2EE_NONE", "E2EE_OPTIONAL", "E2EE_PARTIAL", "E2EE_UNKNOWN"],
  requires: [],
  references: [
    "https://www.silicon.fr/teletravail-cnil-tixeo-authentification-forte-337477.html",
    "https://www.senioractu.com/Visioconference-ayez-les-bons-reflexes-pour-choisir-et-utiliser-vos-logiciels_a22660.html",
  ],
  evaluate(ctx) {
    const out: Outcome[] = [];
    for (const use of ctx.uses) {
      const t = use.tool;
      if (!t || t.kind === "client" || !t.categories.some((c) => CONVERSATION.includes(c))) continue;
      const f = t.e2ee;
      if (!f || f.value === "unknown") {
        out.push({
          code: "E2EE_UNKNOWN",
          severity: "info",
          tool: use.key,
          evidence: f ? factEvidence("e2ee", f, use) : missingFactEvidence("e2ee", use),
        });
        continue;
      }
      const ev = factEvidence("e2ee", f, use);
      if (f.value === "none") out.push({ code: "E2EE_NONE", tool: use.key, evidence: ev });
      else if (f.value === "optional") out.push({ code: "E2EE_OPTIONAL", severity: "low", tool: use.key, evidence: ev });
      else if (f.value === "partial") out.push({ code: "E2EE_PARTIAL", severity: "low", tool: use.key, evidence: ev });
    }
    return out;
  },
});
