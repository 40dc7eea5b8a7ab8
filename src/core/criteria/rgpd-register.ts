import { definePracticeCriterion } from "../practice-criterion.js";

export default definePracticeCriterion({
  id: "RGPD-REGISTER",
  practice: "register_up_to_date",
  severity: "medium",
  references: ["https://www.cnil.fr/fr/designer-un-delegue-la-protection-des-donnees-dans-une-collectivite"],
});
