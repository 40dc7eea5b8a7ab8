import { z } from "zod";
import { Severity } from "./severity.js";

export const ORG_TYPES = [
  "commune",
  "epci",
  "syndicat",
  "departement",
  "region",
  "etat",
  "etablissement-public",
  "association",
  "entreprise",
  "autre",
] as const;
export type OrgType = (typeof ORG_TYPES)[number];
const PRIVATE_TYPES: readonly OrgType[] = ["association", "entreprise", "autre"];
export function isPublicBody(t: OrgType): boolean {
  return !PRIVATE_TYPES.includes(t);
}

export const ANSWERS = ["yes", "no", "partial", "unknown"] as const;
export const Answer = z.enum(ANSWERS);
export type Answer = z.infer<typeof Answer>;

/** The "bons réflexes". Each key is phrased so that `yes` means the good practice is followed. */
export const PRACTICES = [
  "nominative_accounts",
  "account_recovery",
  "mfa",
  "workstation_maintained",
  "no_confidential_in_public_pads",
  "shared_folders_not_attachments",
  "calendars_private",
  "directory_reviewed",
  "dpo",
  "register_up_to_date",
  "dpia_done",
  "no_permanent_monitoring",
  "council_meetings_lawful",
] as const;
export type Practice = (typeof PRACTICES)[number];

export const RULE_ID = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;
export const RuleRef = z.string().regex(RULE_ID, "identifiant de critère en majuscules attendu (ex. HOST-EU)");

export const BUILTIN_POLICIES = ["rgpd", "gip-2020", "souverain"] as const;
export type BuiltinPolicyId = (typeof BUILTIN_POLICIES)[number];

export const CustomPolicySchema = z.strictObject({
  extends: z.enum(BUILTIN_POLICIES).default("rgpd"),
  rules: z.record(RuleRef, z.union([Severity, z.literal("off")])).default({}),
  allow: z.array(z.string().min(1)).default([]),
  deny: z.array(z.string().min(1)).default([]),
  /** FACTS-STALE: catalogue facts checked longer ago than this many months are reported (default 18). */
  facts_max_age_months: z.number().int().min(1).max(120).optional(),
});
export type CustomPolicy = z.infer<typeof CustomPolicySchema>;

export const PolicyRef = z.union([z.enum(BUILTIN_POLICIES), CustomPolicySchema]);

const Url = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), "URL http:// ou https:// attendue")
  .refine((u) => !/^https?:\/\/[^/?#]*@/i.test(u), "pas d'identifiant ni de mot de passe dans l'URL : ils finiraient dans les rapports");

const HostingDecl = z.strictObject({
  country: z.string().regex(/^[A-Z]{2}$/, "code pays ISO en majuscules attendu (FR, DE…)"),
  provider: z.string().min(1).optional(),
});

const common = {
  url: Url.optional().describe("Adresse de l'instance de l'organisation (sondée) ; absente : le service de l'éditeur."),
  access: z.enum(["internet", "vpn"]).default("internet").describe("internet (défaut) ou vpn : l'application ne doit être joignable que par le VPN."),
  hosting: HostingDecl.optional().describe("Où l'instance de l'organisation est hébergée : { country: FR, provider: … }."),
  notes: z.string().optional(),
};

export const CatalogToolEntry = z.strictObject({
  tool: z.string().min(1).describe("Identifiant, nom ou alias du catalogue (teletravail catalog list) ; casse et accents ignorés."),
  ...common,
});
export const CustomToolEntry = z.strictObject({
  name: z.string().min(1).describe("Nom d'un outil absent du catalogue."),
  category: z.string().min(1).describe("Catégorie : chat, visio, office, files, transfer, calendar, scheduling, tasks, forms, newsletter, intranet, email, vpn, metier."),
  ...common,
});
export const ToolEntry = z.union([CatalogToolEntry, CustomToolEntry]);
export type ToolEntry = z.infer<typeof ToolEntry>;

export const Waiver = z.strictObject({
  rule: RuleRef.describe("Critère couvert (teletravail criteria)."),
  tool: z.string().min(1).optional().describe("Outil concerné ; absent : tous."),
  reason: z.string().min(3).describe("Pourquoi l'exception est acceptée."),
  expires: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date au format AAAA-MM-JJ attendue"),
});
export type Waiver = z.infer<typeof Waiver>;

export const ConfigSchema = z.strictObject({
  version: z.literal(1).describe("Version du format de ce fichier : 1."),
  organisation: z.strictObject({
    name: z.string().min(1),
    type: z.enum(ORG_TYPES).describe("Type d'organisation : les gravités en dépendent (DPO, SecNumCloud, conseil…)."),
    population: z.number().int().nonnegative().optional().describe("Population ou effectif (seuil de 30 000 pour SecNumCloud)."),
    sensitive_data: z.boolean().default(false).describe("Des données sensibles passent-elles par ces outils ?"),
    prefers_france: z.boolean().default(false).describe("Signaler (info) un hébergement dans l'UE hors de France."),
  }),
  policy: PolicyRef.default("rgpd").describe("rgpd (défaut), gip-2020, souverain, ou { extends, rules, allow, deny }."),
  tools: z.array(ToolEntry).default([]).describe("Les outils utilisés : { tool: … } du catalogue, ou { name, category } hors catalogue."),
  practices: z
    .strictObject(Object.fromEntries(PRACTICES.map((p) => [p, Answer.optional()])) as Record<Practice, z.ZodOptional<typeof Answer>>)
    .default({})
    .describe("Les bons réflexes : yes | no | partial | unknown, « yes » quand le réflexe est appliqué."),
  exceptions: z.array(Waiver).default([]).describe("Exceptions motivées et datées ; une exception expirée ne s'applique plus."),
});
export type Config = z.infer<typeof ConfigSchema>;
export type Organisation = Config["organisation"];
