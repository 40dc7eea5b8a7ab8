import { defineCriterion } from "../criterion.js";

/** Measured by the HTTP probes; reported as not assessed when no probe result is available. */
export default defineCriterion({
  id: "REACH-OUTSIDE",
  scope: "instance",
  severity: "high",
  codes: [],
  requires: ["probe"],
  references: ["https://www.lacitedesentreprises.com/protection-des-donnees/les-conseils-de-la-cnil-pour-mettre-en-place-du-teletravail/"],
});
