import { declaredEvidence, defineCriterion, type Outcome } from "../criterion.js";

export default defineCriterion({
  id: "UNKNOWN-TOOL",
  scope: "tool",
  severity: "medium",
  codes: ["UNKNOWN_TOOL", "CUSTOM_TOOL"],
  requires: [],
  references: ["https://eur-lex.europa.eu/eli/reg/2016/679/oj"],
  evaluate(ctx) {
    const out: Outcome[] = [];
    for (const use of ctx.uses) {
      if (use.unresolved)
        out.push({
          code: "UNKNOWN_TOOL",
          tool: use.key,
          args: { written: use.unresolved.written, suggestions: use.unresolved.suggestions },
          evidence: declaredEvidence(["tools", use.index, "tool"]),
        });
      else if (use.tool === null)
        out.push({ code: "CUSTOM_TOOL", severity: "info", tool: use.key, args: { written: use.name }, evidence: declaredEvidence(["tools", use.index]) });
    }
    return out;
  },
});
