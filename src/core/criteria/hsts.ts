import { defineCriterion, measuredEvidence, type Outcome, probedUses } from "../criterion.js";

/** Six months, the MDN HTTP Observatory threshold. */
export const HSTS_MIN_AGE = 15_552_000;

export default defineCriterion({
  id: "HSTS",
  scope: "instance",
  severity: "low",
  codes: ["HSTS_MISSING", "HSTS_SHORT"],
  requires: ["probe"],
  references: ["https://help.alwaysdata.com/fr/securite/ssl-tls/hsts"],
  evaluate(ctx) {
    const out: Outcome[] = [];
    for (const { use, probe } of probedUses(ctx)) {
      if (!probe.reachable || !(probe.finalUrl ?? probe.url).startsWith("https:")) continue;
      const ev = measuredEvidence(use, probe);
      const h = probe.headers["strict-transport-security"];
      if (h === undefined) {
        out.push({ code: "HSTS_MISSING", tool: use.key, evidence: ev });
        continue;
      }
      const m = /max-age\s*=\s*"?(\d+)/i.exec(h);
      const age = m ? Number(m[1]) : 0;
      if (age < HSTS_MIN_AGE) out.push({ code: "HSTS_SHORT", tool: use.key, args: { maxAge: age }, evidence: ev });
    }
    return out;
  },
});
