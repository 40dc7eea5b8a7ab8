import { defineCriterion, factEvidence, type Outcome } from "../criterion.js";

export default defineCriterion({
  id: "DISCONTINUED",
  scope: "tool",
  severity: "high",
  codes: ["DISCONTINUED", "CLOSING", "RENAMED"],
  requires: [],
  references: ["https://framablog.org/2019/09/24/deframasoftisons-internet/"],
  evaluate(ctx) {
    const out: Outcome[] = [];
    for (const use of ctx.uses) {
      const l = use.tool?.lifecycle;
      if (!l || l.status === "active") continue;
      const args = { date: l.date ?? null, successor: l.successor ?? null, successorName: l.successor ? (ctx.tools.get(l.successor)?.name ?? l.successor) : null };
      const ev = factEvidence("lifecycle", l, use);
      // A closing service whose announced end date has passed is closed.
      if (l.status === "discontinued" || (l.status === "closing" && l.date !== undefined && l.date <= ctx.today))
        out.push({ code: "DISCONTINUED", tool: use.key, args, evidence: ev });
      else if (l.status === "closing") out.push({ code: "CLOSING", tool: use.key, args, evidence: ev });
      else out.push({ code: "RENAMED", severity: "info", tool: use.key, args, evidence: ev });
    }
    return out;
  },
});
