import { defineCriterion } from "../criterion.js";

/** Measured by the HTTP probes; reported as not assessed when no probe result is available. */
export default defineCriterion({
  id: "SEC-HEADERS",
  scope: "instance",
  severity: "low",
  codes: [],
  requires: ["probe"],
  references: ["https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Headers_Cheat_Sheet.html"],
});
