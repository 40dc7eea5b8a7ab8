import { definePracticeCriterion } from "../practice-criterion.js";

export default definePracticeCriterion({
  id: "DPIA",
  practice: "dpia_done",
  severity: "medium",
  references: ["https://www.cnil.fr/fr/designer-un-delegue-la-protection-des-donnees-dans-une-collectivite"],
  // A DPIA is needed for high-risk uses: sensitive data in the tools, or monitoring of staff.
  severityFor: (ctx) => {
    const monitoring = ctx.config.practices.no_permanent_monitoring;
    if (monitoring === "no" || monitoring === "partial") return "high";
    return ctx.org.sensitive_data ? "medium" : null;
  },
});
