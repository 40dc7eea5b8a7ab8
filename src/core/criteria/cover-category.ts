import { defineCriterion, type Outcome } from "../criterion.js";

export default defineCriterion({
  id: "COVER-CATEGORY",
  scope: "coverage",
  severity: "info",
  codes: ["COVER_MISSING"],
  requires: [],
  references: ["https://www.informatiquenews.fr/salaries-en-teletravail-la-cnil-formule-ses-conseils-68835"],
  evaluate(ctx) {
    const out: Outcome[] = [];
    const covered = new Set(ctx.uses.flatMap((u) => u.categories));
    for (const c of ctx.catalog.categories) {
      if (!c.cover || covered.has(c.id)) continue;
      out.push({
        rule: coverRule(c.id),
        code: "COVER_MISSING",
        severity: c.cover,
        args: { category: c.id },
        evidence: { origin: "declared", path: ["tools"] },
      });
    }
    return out;
  },
});

/** The rule id users put in policies and waivers for one category: COVER-CHAT, COVER-FILES… */
export function coverRule(category: string): string {
  return `COVER-${category.toUpperCase()}`;
}

/** The criterion behind a rule id: COVER-FILES and its siblings belong to COVER-CATEGORY. */
export function criterionOf(rule: string): string {
  return rule.startsWith("COVER-") && rule !== "COVER-VPN" ? "COVER-CATEGORY" : rule;
}
