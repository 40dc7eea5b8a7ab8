import { isPrivateIp } from "../ip.js";
import { defineCriterion, measuredEvidence, type Outcome, probedUses } from "../criterion.js";

export default defineCriterion({
  id: "EXPOSED-INTERNAL",
  scope: "instance",
  severity: "high",
  codes: ["EXPOSED"],
  requires: ["probe"],
  references: [
    "https://www.lacitedesentreprises.com/protection-des-donnees/les-conseils-de-la-cnil-pour-mettre-en-place-du-teletravail/",
    "https://fr.scribd.com/document/690409403/guide-nomadisme-anssi-pa-054-v2",
  ],
  evaluate(ctx) {
    const out: Outcome[] = [];
    for (const { use, probe } of probedUses(ctx))
      if (use.entry.access === "vpn" && probe.reachable && !(probe.remoteAddress && isPrivateIp(probe.remoteAddress)))
        out.push({ code: "EXPOSED", tool: use.key, args: { url: probe.url, status: probe.httpStatus }, evidence: measuredEvidence(use, probe) });
    return out;
  },
});
