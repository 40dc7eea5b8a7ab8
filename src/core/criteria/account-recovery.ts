import { definePracticeCriterion } from "../practice-criterion.js";

export default definePracticeCriterion({
  id: "ACCOUNT-RECOVERY",
  practice: "account_recovery",
  severity: "medium",
  references: ["https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046432885"],
});
