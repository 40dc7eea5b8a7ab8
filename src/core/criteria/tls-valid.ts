import { defineCriterion } from "../criterion.js";

/** Measured by the HTTP probes; reported as not assessed when no probe result is available. */
export default defineCriterion({
  id: "TLS-VALID",
  scope: "instance",
  severity: "critical",
  codes: [],
  requires: ["probe"],
  references: ["https://ssi.rip/administration/guide/recommandations-de-securite-relatives-a-tls/index.html", "https://www.lacitedesentreprises.com/protection-des-donnees/les-conseils-de-la-cnil-pour-mettre-en-place-du-teletravail/"],
});
