import { definePracticeCriterion } from "../practice-criterion.js";

export default definePracticeCriterion({
  id: "EMPLOYEE-MONITORING",
  practice: "no_permanent_monitoring",
  severity: "high",
  references: ["https://www.village-justice.com/articles/surveillance-des-teletravailleurs-par-employeur-est-une-thematique-controle,41735.html"],
});
