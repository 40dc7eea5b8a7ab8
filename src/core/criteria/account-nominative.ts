import { definePracticeCriterion } from "../practice-criterion.js";

export default definePracticeCriterion({
  id: "ACCOUNT-NOMINATIVE",
  practice: "nominative_accounts",
  severity: "high",
  references: ["https://blog.lockself.com/guide-hygiene-anssi-10-mesures-pour-entreprise?hs_amp=true", "https://www.info-socialrh.fr/condition-travail/teletravail/les-conseil-de-la-cnil-pour-securiser-le-teletravail-550549.php"],
});
