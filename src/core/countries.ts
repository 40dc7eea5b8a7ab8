/** EU member states plus the other EEA countries (IS, LI, NO): the GDPR applies directly. */
export const EEA = new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
  "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "EU",
]);

/**
 * Countries with a European Commission adequacy decision (GDPR art. 45), as listed on the Commission's
 * "Adequacy decisions" page. The United States is covered only for organisations listed under the
 * Data Privacy Framework, so it is handled by XFER-BASIS, not here.
 */
export const ADEQUATE = new Set(["AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY"]);

/** Countries whose law lets authorities compel a provider to hand over data held abroad (CLOUD Act, FISA 702). */
export const EXTRATERRITORIAL = new Set(["US"]);

export type CountryZone = "eea" | "adequate" | "us" | "other";

export function zoneOf(country: string): CountryZone {
  if (EEA.has(country)) return "eea";
  if (ADEQUATE.has(country)) return "adequate";
  if (EXTRATERRITORIAL.has(country)) return "us";
  return "other";
}
