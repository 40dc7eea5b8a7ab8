import { isPrivateIp } from "../ip.js";
import { defineCriterion, measuredEvidence, type Outcome, probedUses } from "../criterion.js";

export default defineCriterion({
  id: "REACH-OUTSIDE",
  scope: "instance",
  severity: "high",
  codes: ["UNREACHABLE", "REACH_PRIVATE"],
  requires: ["probe"],
  references: ["https://www.lacitedesentreprises.com/protection-des-donnees/les-conseils-de-la-cnil-pour-mettre-en-place-du-teletravail/"],
  evaluate(ctx) {
    const out: Outcome[] = [];
    // When every probe failed at DNS, this machine is offline: nothing can be said about reachability.
    if (ctx.vantage?.seemsOffline) return out;
    for (const { use, probe } of probedUses(ctx)) {
      if (use.entry.access === "vpn") continue;
      const remote = use.categories.every((c) => ctx.categories.get(c)?.remote !== false);
      if (!remote) continue;
      const ev = measuredEvidence(use, probe);
      if (!probe.reachable)
        out.push({ code: "UNREACHABLE", tool: use.key, args: { reason: probe.error?.code ?? null, status: probe.httpStatus, url: probe.url }, evidence: ev });
      else if (probe.remoteAddress && isPrivateIp(probe.remoteAddress))
        out.push({ code: "REACH_PRIVATE", tool: use.key, args: { address: probe.remoteAddress, url: probe.url }, evidence: ev });
    }
    return out;
  },
});
