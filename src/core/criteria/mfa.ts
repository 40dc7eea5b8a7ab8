import { definePracticeCriterion } from "../practice-criterion.js";

export default definePracticeCriterion({
  id: "MFA",
  practice: "mfa",
  severity: "high",
  references: ["https://www.lacitedesentreprises.com/protection-des-donnees/les-conseils-de-la-cnil-pour-mettre-en-place-du-teletravail/", "https://www.nextinpact.com/article/48417/phrases-passe-anssi-passe-en-mode-2-0"],
});
