import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/app/run-audit.js";
import { buildReport } from "../../src/core/build-report.js";
import { CRITERIA } from "../../src/core/criteria/index.js";
import { evaluate } from "../../src/core/evaluate.js";
import { exitCodeFor, grade, score } from "../../src/core/score.js";
import { type Config, ConfigSchema } from "../../src/model/config.js";
import type { ProbeResult } from "../../src/model/probe.js";
import { ROOT } from "../helpers/cli.js";

const { catalog } = loadCatalog({ builtinDir: join(ROOT, "catalog") });
const TODAY = "2026-11-30";

function cfg(partial: Record<string, unknown>): Config {
  return ConfigSchema.parse({ version: 1, organisation: { name: "T", type: "commune" }, ...partial });
}
/** Sorted `RULE:CODE:severity@tool` of the findings, for one config. */
function codes(partial: Record<string, unknown>, rule?: string): string[] {
  return evaluate({ catalog, config: cfg(partial), today: TODAY })
    .findings.filter((f) => !rule || f.rule === rule)
    .map((f) => `${f.code}:${f.severity}${f.tool ? `@${f.tool}` : ""}`)
    .sort();
}

describe("tool-fact criteria", () => {
  const rows: [string, Record<string, unknown>, string, string[]][] = [
    ["US vendor, commune", { tools: [{ tool: "zoom" }] }, "JURIS-EXTRA-EU", ["JURIS_EXTRATERRITORIAL:medium@zoom"]],
    [
      "US vendor, public body with sensitive data",
      { organisation: { name: "T", type: "departement", sensitive_data: true }, tools: [{ tool: "zoom" }] },
      "JURIS-EXTRA-EU",
      ["JURIS_EXTRATERRITORIAL:high@zoom"],
    ],
    ["UK vendor: adequacy", { tools: [{ tool: "element" }] }, "JURIS-EXTRA-EU", ["JURIS_ADEQUATE:low@element"]],
    ["self-hosted instance: vendor's law does not apply", { tools: [{ tool: "element", url: "https://m.example.fr", hosting: { country: "FR" } }] }, "JURIS-EXTRA-EU", []],
    ["EU option on a US-hosted service", { tools: [{ tool: "slack" }] }, "HOST-EU", ["HOST_EU_OPTION:medium@slack"]],
    ["hosting not in the catalogue", { tools: [{ tool: "whereby" }] }, "HOST-EU", ["HOST_UNKNOWN:medium@whereby"]],
    ["declared hosting outside the EU", { tools: [{ tool: "nextcloud", url: "https://c.example.com", hosting: { country: "US" } }] }, "HOST-EU", ["HOST_OUTSIDE_EU:high@nextcloud"]],
    ["declared instance without a country", { tools: [{ tool: "nextcloud", url: "https://c.example.fr" }] }, "HOST-EU", ["HOST_SELF_UNDECLARED:low@nextcloud"]],
    ["State service in France", { tools: [{ tool: "tchap" }] }, "HOST-EU", []],
    ["SCCs signed", { tools: [{ tool: "slack" }] }, "XFER-BASIS", ["XFER_SCC:medium@slack"]],
    ["basis unknown", { tools: [{ tool: "zoom" }] }, "XFER-BASIS", ["XFER_UNKNOWN:high@zoom"]],
    ["EEA vendor: no transfer", { tools: [{ tool: "wetransfer" }] }, "XFER-BASIS", []],
    ["DPA published", { tools: [{ tool: "zoom" }] }, "DPA-ART28", []],
    ["discontinued with successor", { tools: [{ tool: "skype" }] }, "DISCONTINUED", ["DISCONTINUED:high@skype"]],
    ["active", { tools: [{ tool: "zoom" }] }, "DISCONTINUED", []],
    ["proprietary", { tools: [{ tool: "zoom" }] }, "OSS", ["OSS_PROPRIETARY:low@zoom"]],
    ["open source", { tools: [{ tool: "nextcloud" }] }, "OSS", []],
    ["E2EE none on chat", { tools: [{ tool: "slack" }] }, "E2EE", ["E2EE_NONE:medium@slack"]],
    ["E2EE by default", { tools: [{ tool: "tchap" }] }, "E2EE", []],
    ["SecNumCloud ignored without sensitive data", { tools: [{ tool: "microsoft-365" }] }, "SECNUMCLOUD", []],
    [
      "SecNumCloud for a State body with sensitive data",
      { organisation: { name: "T", type: "etat", sensitive_data: true }, tools: [{ tool: "microsoft-365" }] },
      "SECNUMCLOUD",
      ["SNC_NOT_QUALIFIED:high@microsoft-365"],
    ],
    ["consumer app", { tools: [{ tool: "whatsapp" }] }, "SHADOW-CONSUMER", ["SHADOW_CONSUMER:medium@whatsapp"]],
    ["unknown name", { tools: [{ tool: "Nextclowd" }] }, "UNKNOWN-TOOL", ["UNKNOWN_TOOL:medium@custom:nextclowd"]],
    ["declared custom tool", { tools: [{ name: "Logiciel RH", category: "metier" }] }, "UNKNOWN-TOOL", ["CUSTOM_TOOL:info@custom:logicielrh"]],
    ["deny list", { policy: { deny: ["Zoom"] }, tools: [{ tool: "zoom" }] }, "REF-LIST", ["REF_DENIED:high@zoom"]],
    ["allow list", { policy: { allow: ["tchap"] }, tools: [{ tool: "zoom" }, { tool: "tchap" }] }, "REF-LIST", ["REF_NOT_ALLOWED:high@zoom"]],
    ["gip-2020 alternative", { policy: "gip-2020", tools: [{ tool: "whereby" }] }, "REF-LIST", ["REF_GIP_ALTERNATIVE:high@whereby"]],
    ["rgpd ignores the 2020 classification", { tools: [{ tool: "whereby" }] }, "REF-LIST", []],
    ["facts checked within 18 months", { tools: [{ tool: "zoom" }] }, "FACTS-STALE", []],
    ["facts older than the policy's age", { policy: { facts_max_age_months: 3 }, tools: [{ tool: "zoom" }] }, "FACTS-STALE", ["FACTS_STALE:low@zoom"]],
  ];
  for (const [name, partial, rule, expected] of rows) it(`${rule}: ${name}`, () => expect(codes(partial, rule)).toEqual(expected));
});

describe("organisation and coverage criteria", () => {
  const rows: [string, Record<string, unknown>, string, string[]][] = [
    ["no → full severity", { practices: { mfa: "no" } }, "MFA", ["PRACTICE_NO:high"]],
    ["partial → one level less", { practices: { mfa: "partial" } }, "MFA", ["PRACTICE_PARTIAL:medium"]],
    ["unanswered → info", {}, "MFA", ["PRACTICE_UNKNOWN:info"]],
    ["yes → nothing", { practices: { mfa: "yes" } }, "MFA", []],
    ["no DPO in a public body", { practices: { dpo: "no" } }, "DPO-DESIGNATED", ["PRACTICE_NO:high"]],
    ["no DPO in a company", { organisation: { name: "T", type: "entreprise" }, practices: { dpo: "no" } }, "DPO-DESIGNATED", ["PRACTICE_NO:info"]],
    ["council by video in a commune", { practices: { council_meetings_lawful: "no" } }, "COUNCIL-REMOTE", ["PRACTICE_NO:high"]],
    ["council rules do not apply to an association", { organisation: { name: "T", type: "association" }, practices: { council_meetings_lawful: "no" } }, "COUNCIL-REMOTE", []],
    ["DPIA only for high-risk uses", { practices: { dpia_done: "no" } }, "DPIA", []],
    ["DPIA with sensitive data", { organisation: { name: "T", type: "commune", sensitive_data: true }, practices: { dpia_done: "no" } }, "DPIA", ["PRACTICE_NO:medium"]],
    ["internal app without VPN", { tools: [{ name: "RH", category: "metier", access: "vpn" }] }, "COVER-VPN", ["COVER_VPN_MISSING:medium"]],
    ["internal app with VPN", { tools: [{ name: "RH", category: "metier" }, { name: "VPN", category: "vpn" }] }, "COVER-VPN", []],
    ["no file sharing tool", { tools: [{ tool: "tchap" }] }, "COVER-FILES", ["COVER_MISSING:low"]],
  ];
  for (const [name, partial, rule, expected] of rows) it(`${rule}: ${name}`, () => expect(codes(partial, rule)).toEqual(expected));
});

describe("dates", () => {
  it("monthsBefore clamps to the end of shorter months", async () => {
    const { monthsBefore } = await import("../../src/core/criteria/facts-stale.js");
    expect(monthsBefore("2026-11-30", 18)).toBe("2025-05-30");
    expect(monthsBefore("2026-03-31", 1)).toBe("2026-02-28");
    expect(monthsBefore("2026-01-15", 13)).toBe("2024-12-15");
  });
});

describe("policies, scoring and exit codes", () => {
  it("a policy can change a severity or turn a rule off", () => {
    expect(codes({ policy: { rules: { OSS: "high" } }, tools: [{ tool: "zoom" }] }, "OSS")).toEqual(["OSS_PROPRIETARY:high@zoom"]);
    expect(codes({ policy: { rules: { OSS: "off" } }, tools: [{ tool: "zoom" }] }, "OSS")).toEqual([]);
  });

  it("gip-2020 caps fact criteria at medium, souverain raises jurisdiction", () => {
    expect(codes({ policy: "gip-2020", tools: [{ tool: "zoom" }] }, "XFER-BASIS")).toEqual(["XFER_UNKNOWN:medium@zoom"]);
    expect(codes({ policy: "souverain", tools: [{ tool: "element" }] }, "JURIS-EXTRA-EU")).toEqual(["JURIS_ADEQUATE:high@element"]);
  });

  it("a criterion that throws is reported as not assessed; the others still run", () => {
    const boom = { ...CRITERIA[0], id: "BOOM", evaluate: () => { throw new Error("bug"); } };
    const ev = evaluate({ catalog, config: cfg({ tools: [{ tool: "zoom" }] }), today: TODAY, criteria: [boom, ...CRITERIA.slice(1)] });
    expect(ev.notAssessed).toContainEqual({ rule: "BOOM", reason: "crashed" });
    expect(ev.findings.some((f) => f.rule === "XFER-BASIS")).toBe(true);
  });

  it("scores fall with findings, grades follow, and --fail-on picks the exit code", () => {
    const f = (severity: "high" | "low" | "critical", waived = false) =>
      ({ rule: "X", code: "X", severity, tool: null, args: {}, evidence: { origin: "declared" }, waived }) as const;
    expect(score([])).toBe(100);
    expect(score([f("high")])).toBe(83);
    expect(score([f("high", true)])).toBe(100);
    expect(grade(95, { critical: 1, high: 0, medium: 0, low: 0, info: 0 })).toBe("D");
    expect(exitCodeFor([f("low")], "high")).toBe(0);
    expect(exitCodeFor([f("high")], "high")).toBe(1);
    expect(exitCodeFor([f("critical")], "none")).toBe(0);
    expect(exitCodeFor([f("high", true)], "low")).toBe(0);
  });

  it("the report is deterministic for a given clock", () => {
    const input = { catalog, config: cfg({ tools: [{ tool: "zoom" }, { tool: "skype" }] }), now: "2026-11-30T10:00:00.000Z", version: "t", lang: "fr" as const, failOn: "high" as const };
    expect(JSON.stringify(buildReport(input))).toBe(JSON.stringify(buildReport(input)));
  });
});

describe("instance criteria, on recorded probe results", () => {
  const probe = (over: Partial<ProbeResult>): ProbeResult => ({
    url: "https://cloud.example.fr/",
    finalUrl: "https://cloud.example.fr/",
    reachable: true,
    httpStatus: 200,
    remoteAddress: "203.0.113.5",
    durationMs: 10,
    redirects: [],
    tls: { protocol: "TLSv1.3", cipher: null, authorized: true, authorizationError: null, subject: null, issuer: null, validFrom: null, validTo: "2027-06-01T00:00:00.000Z", legacy: [] },
    headers: { "strict-transport-security": "max-age=31536000", "x-content-type-options": "nosniff", "x-frame-options": "DENY" },
    httpsRedirect: true,
    software: null,
    error: null,
    ...over,
  });
  const baseTls = probe({}).tls as NonNullable<ProbeResult["tls"]>;
  const measured = (p: ProbeResult, tool: Record<string, unknown> = { tool: "nextcloud", url: "https://cloud.example.fr/", hosting: { country: "FR" } }, today = TODAY) =>
    evaluate({ catalog, config: cfg({ tools: [tool] }), today, probes: new Map([[p.url, p]]), vantage: { mode: "direct", proxy: null, seemsOffline: false } })
      .findings.filter((f) => f.evidence.origin === "measured" || f.rule === "REACH-OUTSIDE")
      .map((f) => `${f.rule}:${f.code}:${f.severity}`)
      .sort();

  it("a healthy instance has no measured finding", () => expect(measured(probe({}))).toEqual([]));
  it("a current Nextcloud does not fire SOFTWARE-OUTDATED; an end-of-life one does", () => {
    expect(measured(probe({ software: { product: "Nextcloud", version: "33.0.1", endpoint: "/status.php" } }))).toEqual([]);
    expect(measured(probe({ software: { product: "Nextcloud", version: "32.0.6", endpoint: "/status.php" } }))).toEqual(["SOFTWARE-OUTDATED:SOFTWARE_EOL:high"]);
    expect(measured(probe({ software: { product: "Nextcloud", version: "32.0.6", endpoint: "/status.php" } }), undefined, "2026-06-01")).toEqual([]);
    expect(measured(probe({ software: { product: "Nextcloud", version: "28.0.4", endpoint: "/status.php" } }))).toEqual(["SOFTWARE-OUTDATED:SOFTWARE_EOL:high"]);
  });
  it("TLS expiry thresholds: under 30 days medium, under 14 high", () => {
    const tls = (validTo: string) => probe({ tls: { ...baseTls, validTo } });
    expect(measured(tls("2026-12-25T00:00:00.000Z"))).toEqual(["TLS-EXPIRY:TLS_EXPIRES_SOON:medium"]);
    expect(measured(tls("2026-12-05T00:00:00.000Z"))).toEqual(["TLS-EXPIRY:TLS_EXPIRES_SOON:high"]);
  });
  it("HSTS under six months, legacy TLS, no https redirect", () => {
    expect(measured(probe({ headers: { ...probe({}).headers, "strict-transport-security": "max-age=86400" } }))).toEqual(["HSTS:HSTS_SHORT:low"]);
    expect(measured(probe({ tls: { ...baseTls, legacy: ["TLSv1.1"] } }))).toEqual(["TLS-VERSION:TLS_LEGACY_ACCEPTED:medium"]);
    expect(measured(probe({ httpsRedirect: false }))).toEqual(["HTTPS-REDIRECT:HTTP_NOT_REDIRECTED:medium"]);
  });
  it("reachability: unreachable, private address, and VPN-only exposed", () => {
    expect(measured(probe({ reachable: false, httpStatus: null, tls: null, error: { code: "REFUSED", message: "" } }))).toEqual(["REACH-OUTSIDE:UNREACHABLE:high"]);
    expect(measured(probe({ remoteAddress: "10.1.2.3" }))).toEqual(["REACH-OUTSIDE:REACH_PRIVATE:high"]);
    expect(measured(probe({}), { name: "Intranet", category: "metier", access: "vpn", url: "https://cloud.example.fr/", hosting: { country: "FR" } })).toEqual([
      "EXPOSED-INTERNAL:EXPOSED:high",
    ]);
    expect(measured(probe({ remoteAddress: "192.168.1.4" }), { name: "Intranet", category: "metier", access: "vpn", url: "https://cloud.example.fr/", hosting: { country: "FR" } })).toEqual([]);
  });
  it("when the machine seems offline, reachability is not judged", () => {
    const p = probe({ reachable: false, tls: null, error: { code: "DNS", message: "" } });
    const ev = evaluate({ catalog, config: cfg({ tools: [{ tool: "nextcloud", url: p.url }] }), today: TODAY, probes: new Map([[p.url, p]]), vantage: { mode: "direct", proxy: null, seemsOffline: true } });
    expect(ev.findings.some((f) => f.rule === "REACH-OUTSIDE")).toBe(false);
  });
});
