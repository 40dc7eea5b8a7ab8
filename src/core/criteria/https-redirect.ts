import { defineCriterion, measuredEvidence, type Outcome, probedUses } from "../criterion.js";

export default defineCriterion({
  id: "HTTPS-REDIRECT",
  scope: "instance",
  severity: "medium",
  codes: ["HTTP_NOT_REDIRECTED"],
  requires: ["probe"],
  references: ["https://www.lacitedesentreprises.com/protection-des-donnees/les-conseils-de-la-cnil-pour-mettre-en-place-du-teletravail/"],
  evaluate(ctx) {
    const out: Outcome[] = [];
    for (const { use, probe } of probedUses(ctx)) {
      const servedOverHttp = probe.url.startsWith("http:") && probe.reachable && (probe.finalUrl ?? probe.url).startsWith("http:");
      if (servedOverHttp || probe.httpsRedirect === false)
        out.push({ code: "HTTP_NOT_REDIRECTED", tool: use.key, args: { url: probe.url }, evidence: measuredEvidence(use, probe) });
    }
    return out;
  },
});
