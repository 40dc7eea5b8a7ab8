import { isPublicBody } from "../../model/config.js";
import { definePracticeCriterion } from "../practice-criterion.js";

export default definePracticeCriterion({
  id: "DPO-DESIGNATED",
  practice: "dpo",
  severity: "high",
  references: [
    "https://actecil-academy.eu/actualites-evenements/22-communes-mises-en-demeure-pour-defaut-de-designation-dun-delegue-a-la-protection-des-donnees/",
    "https://www.cnil.fr/fr/designer-un-delegue-la-protection-des-donnees-dans-une-collectivite",
  ],
  // GDPR art. 37(1)(a): mandatory for every public body; for others only if their core activities require it.
  severityFor: (ctx) => (isPublicBody(ctx.org.type) ? "high" : "info"),
});
