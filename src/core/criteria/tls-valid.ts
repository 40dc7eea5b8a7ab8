import { defineCriterion, measuredEvidence, type Outcome, probedUses } from "../criterion.js";

const BY_ERROR: Record<string, string> = {
  CERT_HAS_EXPIRED: "TLS_EXPIRED",
  DEPTH_ZERO_SELF_SIGNED_CERT: "TLS_SELF_SIGNED",
  SELF_SIGNED_CERT_IN_CHAIN: "TLS_SELF_SIGNED",
  ERR_TLS_CERT_ALTNAME_INVALID: "TLS_WRONG_HOST",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "TLS_UNTRUSTED",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "TLS_UNTRUSTED",
  UNABLE_TO_GET_ISSUER_CERT: "TLS_UNTRUSTED",
  CERT_NOT_YET_VALID: "TLS_NOT_YET_VALID",
};

export default defineCriterion({
  id: "TLS-VALID",
  scope: "instance",
  severity: "critical",
  codes: ["TLS_EXPIRED", "TLS_SELF_SIGNED", "TLS_WRONG_HOST", "TLS_UNTRUSTED", "TLS_NOT_YET_VALID", "TLS_INVALID", "TLS_HANDSHAKE_FAILED", "TLS_NONE"],
  requires: ["probe"],
  references: [
    "https://ssi.rip/administration/guide/recommandations-de-securite-relatives-a-tls/index.html",
    "https://www.lacitedesentreprises.com/protection-des-donnees/les-conseils-de-la-cnil-pour-mettre-en-place-du-teletravail/",
  ],
  evaluate(ctx) {
    const out: Outcome[] = [];
    for (const { use, probe } of probedUses(ctx)) {
      const ev = measuredEvidence(use, probe);
      const tls = probe.tls;
      if (probe.error?.code === "TLS_HANDSHAKE" && !tls?.legacy?.length) {
        out.push({ code: "TLS_HANDSHAKE_FAILED", tool: use.key, args: { detail: probe.error.message }, evidence: ev });
        continue;
      }
      const finalHttp = (probe.finalUrl ?? probe.url).startsWith("http:");
      if (finalHttp && probe.reachable && use.entry.access !== "vpn") {
        out.push({ code: "TLS_NONE", severity: "high", tool: use.key, args: { url: probe.finalUrl ?? probe.url }, evidence: ev });
        continue;
      }
      if (!tls || tls.authorized || tls.protocol === null) continue;
      const code = (tls.authorizationError && BY_ERROR[tls.authorizationError]) || "TLS_INVALID";
      out.push({ code, tool: use.key, args: { error: tls.authorizationError, subject: tls.subject, issuer: tls.issuer, validTo: tls.validTo }, evidence: ev });
    }
    return out;
  },
});
