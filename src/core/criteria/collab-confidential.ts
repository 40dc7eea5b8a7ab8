import { definePracticeCriterion } from "../practice-criterion.js";

export default definePracticeCriterion({
  id: "COLLAB-CONFIDENTIAL",
  practice: "no_confidential_in_public_pads",
  severity: "high",
  references: ["https://www.jeunes.gouv.fr/Les-outils-de-visioconference-avec"],
});
