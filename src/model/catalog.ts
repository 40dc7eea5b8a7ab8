import { z } from "zod";
import { HEALTH_FORMATS } from "./probe.js";


/** ISO date written in YAML as 2026-11-30 (the YAML loader keeps it a string). */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date au format AAAA-MM-JJ attendue");

export const CONFIDENCES = ["verified", "secondary", "unverified"] as const;
export const Confidence = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof Confidence>;

/** Where a fact comes from: every fact block of the catalogue carries one. */
export const Provenance = {
  source: z.string().min(1),
  checked: IsoDate,
  confidence: Confidence,
  note: z.string().optional(),
};
export const ProvenanceSchema = z.strictObject(Provenance);
export type Provenance = z.infer<typeof ProvenanceSchema>;

const fact = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ ...shape, ...Provenance });

export const Country = z.string().regex(/^[A-Z]{2}$/, "code pays ISO 3166-1 alpha-2 attendu (FR, DE, US…)");
export const Region = z.union([Country, z.literal("EU")]);

export const VendorFact = fact({
  name: z.string().min(1),
  /** Absent when not established by a source. */
  country: Country.optional(),
  parent: z.string().optional(),
  parent_country: Country.optional(),
});

export const HostingFact = fact({
  /** Where the vendor's hosted service stores and processes data by default ("EU" = somewhere in the EU). */
  regions: z.array(Region).min(1),
  /** Regions a customer can choose (data residency option), if any. */
  options: z.array(Region).optional(),
});

export const TransfersFact = fact({
  dpf: z.enum(["listed", "not-listed", "unknown"]),
  scc: z.enum(["yes", "no", "unknown"]),
});

export const DpaFact = fact({ value: z.enum(["published", "none", "unknown"]), url: z.string().url().optional() });
export const LicenceFact = fact({ spdx: z.string().min(1), repo: z.string().url().optional() });
export const SelfHostFact = fact({ value: z.boolean() });
export const E2EE_VALUES = ["none", "optional", "partial", "default", "unknown"] as const;
export const E2eeFact = fact({ value: z.enum(E2EE_VALUES) });
export const BUSINESS_MODELS = ["paid", "freemium", "free", "donations", "public-service", "ads", "data-reuse", "unknown"] as const;
export const BusinessFact = fact({ value: z.enum(BUSINESS_MODELS) });
export const MfaFact = fact({ value: z.enum(["yes", "no", "unknown"]) });
export const OdfFact = fact({ value: z.enum(["native", "partial", "none", "unknown"]) });
export const SecNumCloudFact = fact({ value: z.enum(["qualified", "in-progress", "none", "unknown"]) });
/** Certifications of the service itself (HDS, ISO 27001, SOC 2…), as the source states them. */
export const CertificationsFact = fact({ values: z.array(z.string().min(1)).min(1) });

export const LIFECYCLE_STATUSES = ["active", "renamed", "closing", "discontinued"] as const;
export const LifecycleFact = fact({
  status: z.enum(LIFECYCLE_STATUSES),
  date: IsoDate.optional(),
  successor: z.string().optional(),
});

/** Maintained release branches of self-hostable software, with their end of support. */
export const SupportFact = fact({
  branches: z
    .array(z.strictObject({ version: z.string().regex(/^\d+(\.\d+)*$/), end: IsoDate }))
    .min(1),
});

export const Gip2020Fact = fact({
  classification: z.enum(["recommended", "alternative"]),
});

export const KINDS = ["saas", "software", "client", "service"] as const;
export const AUDIENCES = ["business", "consumer", "public-sector", "community"] as const;

export const ToolSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "identifiant en minuscules et tirets attendu (ex. google-workspace)"),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  categories: z.array(z.string().min(1)).min(1),
  /** saas: a hosted service; software: installable server software (self-hosted, maybe with a public instance);
   *  client: desktop or mobile software with no server of its own; service: a public service (State). */
  kind: z.enum(KINDS),
  audience: z.enum(AUDIENCES),
  summary: z.strictObject({ fr: z.string().min(1), en: z.string().min(1) }),
  vendor: VendorFact,
  hosting: HostingFact.optional(),
  transfers: TransfersFact.optional(),
  dpa: DpaFact.optional(),
  licence: LicenceFact,
  self_hostable: SelfHostFact,
  e2ee: E2eeFact.optional(),
  business_model: BusinessFact.optional(),
  mfa: MfaFact.optional(),
  odf: OdfFact.optional(),
  secnumcloud: SecNumCloudFact.optional(),
  certifications: CertificationsFact.optional(),
  lifecycle: LifecycleFact,
  gip2020: Gip2020Fact.optional(),
  alternatives: z.array(z.string()).default([]),
  support: SupportFact.optional(),
  probe: z
    .strictObject({
      /** The vendor's service, probed when the organisation uses it as SaaS. */
      urls: z.array(z.string().url()).default([]),
      /** Where an instance tells its software version. */
      health: z.strictObject({ path: z.string().startsWith("/"), format: z.enum(HEALTH_FORMATS) }).optional(),
    })
    .optional(),
});
export type Tool = z.infer<typeof ToolSchema>;

export const CategorySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.strictObject({ fr: z.string().min(1), en: z.string().min(1) }),
  /** Severity of COVER-<ID> when no tool of a category the 2020 sheet considers basic is declared. */
  cover: z.enum(["info", "low", "medium"]).optional(),
  /** Remote-work tools: REACH-OUTSIDE applies to their instances. */
  remote: z.boolean().default(true),
});
export type Category = z.infer<typeof CategorySchema>;

export const CategoriesFileSchema = z.strictObject({
  version: z.literal(1),
  /** Version of the catalogue's content, printed in reports. */
  catalog_version: z.string().min(1),
  categories: z.array(CategorySchema).min(1),
});

export interface Catalog {
  version: string;
  categories: Category[];
  tools: Tool[];
}
