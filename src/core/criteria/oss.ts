import { defineCriterion, factEvidence, type Outcome } from "../criterion.js";

export function isProprietary(spdx: string): boolean {
  return /^(proprietary|LicenseRef-)/i.test(spdx);
}

export default defineCriterion({
  id: "OSS",
  scope: "tool",
  severity: "low",
  codes: ["OSS_PROPRIETARY"],
  requires: [],
  references: ["https://www.solutions-numeriques.com/?p=243105&post_type=post"],
  evaluate(ctx) {
    const out: Outcome[] = [];
    for (const use of ctx.uses) {
      const l = use.tool?.licence;
      if (l && isProprietary(l.spdx)) out.push({ code: "OSS_PROPRIETARY", tool: use.key, evidence: factEvidence("licence", l, use) });
    }
    return out;
  },
});
