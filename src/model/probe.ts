import { z } from "zod";

/** Why a probe could not get an HTTP answer. Each code has its own plain-language reason in render/. */
export const PROBE_ERRORS = [
  "DNS", // name does not resolve
  "PRIVATE_ADDRESS", // resolves only to private/loopback addresses from here (split-horizon DNS)
  "REFUSED",
  "RESET",
  "CONNECT_TIMEOUT",
  "TIMEOUT", // the overall deadline passed (silent or trickling server)
  "TLS_HANDSHAKE",
  "HEADERS_TOO_LARGE",
  "BODY_TOO_LARGE",
  "REDIRECT_LOOP",
  "TOO_MANY_REDIRECTS",
  "REDIRECT_SCHEME", // redirect to file:, javascript:, ftp: …
  "BAD_URL",
  "HTTP_ERROR", // answered, but 404, 5xx…
  "BAD_RESPONSE", // not valid HTTP (control characters in headers…)
  "OTHER",
] as const;
export type ProbeErrorCode = (typeof PROBE_ERRORS)[number];

export const TlsInfoSchema = z.strictObject({
  protocol: z.string().nullable(),
  cipher: z.string().nullable(),
  authorized: z.boolean(),
  /** Node's code: CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT, ERR_TLS_CERT_ALTNAME_INVALID… */
  authorizationError: z.string().nullable(),
  subject: z.string().nullable(),
  issuer: z.string().nullable(),
  validFrom: z.string().nullable(),
  /** ISO date-time of expiry. */
  validTo: z.string().nullable(),
  /** Legacy protocols this server still accepts (measured by separate handshakes); null = not tested. */
  legacy: z.array(z.enum(["TLSv1", "TLSv1.1"])).nullable(),
});
export type TlsInfo = z.infer<typeof TlsInfoSchema>;

export const HopSchema = z.strictObject({ url: z.string(), status: z.number().int(), location: z.string().nullable() });

export const ProbeResultSchema = z.strictObject({
  url: z.string(),
  finalUrl: z.string().nullable(),
  /** 2xx, 3xx, 401 and 403 mean reachable: a login wall still answers. */
  reachable: z.boolean(),
  httpStatus: z.number().int().nullable(),
  remoteAddress: z.string().nullable(),
  durationMs: z.number().int(),
  redirects: z.array(HopSchema),
  tls: TlsInfoSchema.nullable(),
  /** Security headers of the final response (values are untrusted; renderers escape them). */
  headers: z.record(z.string(), z.string()),
  /** Does http:// on the same host redirect to https://? null when not tested. */
  httpsRedirect: z.boolean().nullable(),
  /** Software and version read from a health endpoint, when the catalogue names one. */
  software: z.strictObject({ product: z.string(), version: z.string(), endpoint: z.string() }).nullable(),
  error: z.strictObject({ code: z.enum(PROBE_ERRORS), message: z.string() }).nullable(),
});
export type ProbeResult = z.infer<typeof ProbeResultSchema>;

/** What the audit asks the network layer to fetch. */
export interface ProbeSpec {
  url: string;
  /** Health endpoint to read the software version from, relative to the url. */
  health?: { path: string; format: HealthFormat };
}

export const HEALTH_FORMATS = ["nextcloud-status", "matrix-federation", "collabora-capabilities", "rocketchat-info"] as const;
export type HealthFormat = (typeof HEALTH_FORMATS)[number];

export const VantageSchema = z.strictObject({
  mode: z.enum(["direct", "proxy", "offline"]),
  proxy: z.string().nullable(),
  /** Every probe failed at DNS: this machine seems to have no Internet access. */
  seemsOffline: z.boolean(),
});
export type Vantage = z.infer<typeof VantageSchema>;
