import type { Provenance } from "../../model/catalog.js";
import { defineCriterion, type Outcome } from "../criterion.js";

const FACT_BLOCKS = ["vendor", "hosting", "transfers", "dpa", "licence", "self_hostable", "e2ee", "business_model", "mfa", "odf", "secnumcloud", "certifications", "lifecycle", "gip2020", "support"] as const;

/** The date `months` before `today` (YYYY-MM-DD), clamped to the month's length. */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, "0")}-${String(nm).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export default defineCriterion({
  id: "FACTS-STALE",
  scope: "tool",
  severity: "low",
  codes: ["FACTS_STALE"],
  requires: [],
  references: ["https://eur-lex.europa.eu/eli/reg/2016/679/oj"],
  evaluate(ctx) {
    const out: Outcome[] = [];
    const limit = monthsBefore(ctx.today, ctx.policy.factsMaxAgeMonths);
    for (const use of ctx.uses) {
      const t = use.tool;
      if (!t) continue;
      const stale = FACT_BLOCKS.filter((b) => {
        const f = (t as unknown as Record<string, Provenance | undefined>)[b];
        return f !== undefined && f.checked < limit;
      });
      if (stale.length === 0) continue;
      const oldest = stale.map((b) => (t as unknown as Record<string, Provenance>)[b]?.checked ?? "").sort()[0] ?? "";
      out.push({
        code: "FACTS_STALE",
        tool: use.key,
        args: { facts: stale, oldest, months: ctx.policy.factsMaxAgeMonths },
        evidence: { origin: "catalogue", fact: stale.join(", "), checked: oldest, path: ["tools", use.index] },
      });
    }
    return out;
  },
});
