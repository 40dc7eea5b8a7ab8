import { defineCriterion } from "../criterion.js";

/** Measured by the HTTP probes; reported as not assessed when no probe result is available. */
export default defineCriterion({
  id: "HSTS",
  scope: "instance",
  severity: "low",
  codes: [],
  requires: ["probe"],
  references: ["https://help.alwaysdata.com/fr/securite/ssl-tls/hsts"],
});
