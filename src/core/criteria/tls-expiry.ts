import { defineCriterion } from "../criterion.js";

/** Measured by the HTTP probes; reported as not assessed when no probe result is available. */
export default defineCriterion({
  id: "TLS-EXPIRY",
  scope: "instance",
  severity: "medium",
  codes: [],
  requires: ["probe"],
  references: ["https://ssi.rip/administration/guide/recommandations-de-securite-relatives-a-tls/index.html"],
});
