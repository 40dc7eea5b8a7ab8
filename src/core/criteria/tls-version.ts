import { defineCriterion } from "../criterion.js";

/** Measured by the HTTP probes; reported as not assessed when no probe result is available. */
export default defineCriterion({
  id: "TLS-VERSION",
  scope: "instance",
  severity: "medium",
  codes: [],
  requires: ["probe"],
  references: ["https://fr.scribd.com/document/503571778/Anssi-guide-recommandations-de-Securite-Relatives-a-Tls-V1-2"],
});
