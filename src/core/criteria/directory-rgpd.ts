import { definePracticeCriterion } from "../practice-criterion.js";

export default definePracticeCriterion({
  id: "DIRECTORY-RGPD",
  practice: "directory_reviewed",
  severity: "medium",
  references: ["https://www.cnil.fr/fr/designer-un-delegue-la-protection-des-donnees-dans-une-collectivite"],
});
