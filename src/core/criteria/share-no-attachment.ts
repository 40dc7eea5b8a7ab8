import { definePracticeCriterion } from "../practice-criterion.js";

export default definePracticeCriterion({
  id: "SHARE-NO-ATTACHMENT",
  practice: "shared_folders_not_attachments",
  severity: "low",
  references: ["https://www.cybermalveillance.gouv.fr/tous-nos-contenus/actualites/recommandations-securite-informatique-teletravail"],
  // Personal data sent as attachments multiplies uncontrolled copies.
  severityFor: (ctx) => (ctx.org.sensitive_data ? "medium" : "low"),
});
