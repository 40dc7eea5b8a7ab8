import { defineCriterion, factEvidence, type Outcome } from "../criterion.js";

export default defineCriterion({
  id: "SELFHOST",
  scope: "tool",
  severity: "info",
  codes: ["SELFHOST_NO"],
  requires: [],
  references: ["https://framablog.org/2019/09/24/deframasoftisons-internet/"],
  evaluate(ctx) {
    const out: Outcome[] = [];
    for (const use of ctx.uses) {
      const t = use.tool;
      if (t && t.kind !== "client" && !t.self_hostable.value)
        out.push({ code: "SELFHOST_NO", tool: use.key, evidence: factEvidence("self_hostable", t.self_hostable, use) });
    }
    return out;
  },
});
