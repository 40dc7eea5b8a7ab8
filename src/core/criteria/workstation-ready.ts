import { definePracticeCriterion } from "../practice-criterion.js";

export default definePracticeCriterion({
  id: "WORKSTATION-READY",
  practice: "workstation_maintained",
  severity: "medium",
  references: ["https://www.informatiquenews.fr/salaries-en-teletravail-la-cnil-formule-ses-conseils-68835", "https://www.cybermalveillance.gouv.fr/tous-nos-contenus/actualites/recommandations-securite-informatique-teletravail"],
});
