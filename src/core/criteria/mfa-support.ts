import { defineCriterion, factEvidence, type Outcome } from "../criterion.js";

export default defineCriterion({
  id: "MFA-SUPPORT",
  scope: "tool",
  severity: "medium",
  codes: ["MFA_UNSUPPORTED"],
  requires: [],
  references: [
    "https://www.lacitedesentreprises.com/protection-des-donnees/les-conseils-de-la-cnil-pour-mettre-en-place-du-teletravail/",
    "https://www.nextinpact.com/article/48417/phrases-passe-anssi-passe-en-mode-2-0",
  ],
  evaluate(ctx) {
    const out: Outcome[] = [];
    for (const use of ctx.uses) {
      const f = use.tool?.mfa;
      if (f?.value === "no" && use.tool?.kind !== "client")
        out.push({ code: "MFA_UNSUPPORTED", tool: use.key, evidence: factEvidence("mfa", f, use) });
    }
    return out;
  },
});
