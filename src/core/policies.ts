import type { BuiltinPolicyId, CustomPolicy } from "../model/config.js";
import type { Severity } from "../model/severity.js";

export interface ResolvedPolicy {
  /** "rgpd", "gip-2020", "souverain", or "custom (extends …)". */
  id: string;
  base: BuiltinPolicyId;
  /** Severity set for every finding of a rule, or "off" to drop the rule. */
  rules: Record<string, Severity | "off">;
  /** Highest severity a rule may reach under this policy (applied before `rules`). */
  caps: Record<string, Severity>;
  /** Catalogue ids (already resolved from names and aliases). */
  allow: string[];
  deny: string[];
  /** Apply the 2020 sheet's classification: its "alternatives" fail REF-LIST. */
  gip2020: boolean;
  /** Hosting outside France is reported (info), as when the organisation says it prefers France. */
  preferFrance: boolean;
  /** FACTS-STALE fires for catalogue facts checked longer ago than this. */
  factsMaxAgeMonths: number;
}

/** Default age after which a catalogue fact is reported as stale. */
export const FACTS_MAX_AGE_MONTHS = 18;

interface BuiltinPolicy {
  description: { fr: string; en: string };
  rules: Record<string, Severity | "off">;
  caps: Record<string, Severity>;
  gip2020: boolean;
  preferFrance: boolean;
}

/** Fact criteria the 2020 sheet did not grade separately: under gip-2020 they inform, they do not decide. */
const GIP_INFORMATIVE = ["HOST-EU", "JURIS-EXTRA-EU", "XFER-BASIS", "DPA-ART28", "SECNUMCLOUD", "DATA-REUSE", "MFA-SUPPORT", "E2EE"];

export const BUILTIN: Record<BuiltinPolicyId, BuiltinPolicy> = {
  rgpd: {
    description: {
      fr: "RGPD (par défaut) : hébergement, transferts, sous-traitance et sécurité au regard du RGPD et de la doctrine publique.",
      en: "GDPR (default): hosting, transfers, processors and security under the GDPR and French public doctrine.",
    },
    rules: {},
    caps: {},
    gip2020: false,
    preferFrance: false,
  },
  "gip-2020": {
    description: {
      fr: "Classement de la fiche GIP 2020 : ses « alternatives » échouent à REF-LIST ; les autres faits informent sans dépasser « moyen ». Les services fermés depuis restent signalés.",
      en: "The 2020 GIP sheet's classification: its \"alternatives\" fail REF-LIST; other facts inform without exceeding medium. Services closed since are still flagged.",
    },
    rules: {},
    caps: Object.fromEntries(GIP_INFORMATIVE.map((r) => [r, "medium" as Severity])),
    gip2020: true,
    preferFrance: false,
  },
  souverain: {
    description: {
      fr: "Souverain (plus strict) : juridiction européenne et hébergement UE exigés, France préférée, SecNumCloud attendu pour les données sensibles.",
      en: "Sovereign (stricter): EU jurisdiction and EU hosting required, France preferred, SecNumCloud expected for sensitive data.",
    },
    rules: { "JURIS-EXTRA-EU": "high", SECNUMCLOUD: "high", "XFER-BASIS": "high" },
    caps: {},
    gip2020: false,
    preferFrance: true,
  },
};

/** Resolve a policy; `resolveTool` maps names and aliases in allow/deny lists to catalogue ids. */
export function resolvePolicy(
  policy: BuiltinPolicyId | CustomPolicy,
  resolveTool: (name: string) => string | undefined,
): ResolvedPolicy {
  if (typeof policy === "string") {
    const b = BUILTIN[policy];
    return {
      id: policy,
      base: policy,
      rules: { ...b.rules },
      caps: { ...b.caps },
      allow: [],
      deny: [],
      gip2020: b.gip2020,
      preferFrance: b.preferFrance,
      factsMaxAgeMonths: FACTS_MAX_AGE_MONTHS,
    };
  }
  const b = BUILTIN[policy.extends];
  const ids = (names: string[]) => names.map((n) => resolveTool(n) ?? n);
  return {
    id: `custom (extends ${policy.extends})`,
    base: policy.extends,
    rules: { ...b.rules, ...policy.rules },
    caps: { ...b.caps },
    allow: ids(policy.allow),
    deny: ids(policy.deny),
    gip2020: b.gip2020,
    preferFrance: b.preferFrance,
    factsMaxAgeMonths: policy.facts_max_age_months ?? FACTS_MAX_AGE_MONTHS,
  };
}
