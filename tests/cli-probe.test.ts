import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JsonReportSchema } from "../src/model/report.js";
import { BIN, runAsync as run, tempDir, writeTemp } from "./helpers/cli.js";
import { httpServer, httpsServer, makeCerts, rawServer, type TestServer } from "./helpers/servers.js";

const HSTS = { "strict-transport-security": "max-age=31536000", "x-content-type-options": "nosniff", "x-frame-options": "DENY" };
let dir: string;
let env: Record<string, string>;
const s: Record<string, TestServer> = {};

beforeAll(async () => {
  const certs = await makeCerts();
  dir = tempDir();
  const caFile = join(dir, "ca.pem");
  writeFileSync(caFile, certs.ca);
  // The built binary trusts the test CA the way an organisation's machine trusts its own.
  env = { NODE_EXTRA_CA_CERTS: caFile };
  const ok = (_q: unknown, r: import("node:http").ServerResponse) => r.writeHead(200, HSTS).end("ok");
  s.valid = await httpsServer(certs.valid, ok);
  s.expired = await httpsServer(certs.expired, ok);
  s.selfSigned = await httpsServer(certs.selfSigned, ok);
  s.wrongHost = await httpsServer(certs.wrongHost, ok);
  s.soon = await httpsServer(certs.expiresIn10Days, ok);
  s.noHsts = await httpsServer(certs.valid, (_q, r) => r.writeHead(200).end("ok"));
  s.nextcloud = await httpsServer(certs.valid, (q, r) => {
    if (q.url === "/status.php") r.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ installed: true, versionstring: "29.0.0", productname: "Nextcloud" }));
    else r.writeHead(200, HSTS).end("ok");
  });
  s.plainHttp = await httpServer((_q, r) => r.writeHead(200).end("ok"));
  s.intranet = await httpsServer(certs.valid, ok);
  // 8-bit CSI (0x9b) and a right-to-left override (UTF-8 bytes) are legal obs-text in a header value.
  s.evil = await rawServer((sock) =>
    sock.once("data", () =>
      sock.end(
        Buffer.concat([
          Buffer.from("HTTP/1.1 200 OK\r\nServer: "),
          Buffer.from([0x9b, 0x33, 0x31, 0x6d]),
          Buffer.from("EVIL"),
          Buffer.from("\u202e", "utf8"),
          Buffer.from(" | **gras** <b>x</b>\r\nContent-Length: 2\r\n\r\nok"),
        ]),
      ),
    ),
  );
  // 7-bit ESC in a header is not HTTP at all: the parser refuses it.
  s.esc = await rawServer((sock) => sock.once("data", () => sock.end("HTTP/1.1 200 OK\r\nServer: \u001b[31mEVIL\u001b]0;pwned\u0007\r\nContent-Length: 2\r\n\r\nok")));
}, 60_000);
afterAll(async () => {
  await Promise.all(Object.values(s).map((x) => x.close()));
});

function cfg(tools: string): string {
  return writeTemp("teletravail.yaml", `version: 1\norganisation: { name: Test, type: commune }\ntools:\n${tools}\n`, tempDir());
}

describe("audit with probes, from the built binary, against local servers", () => {
  it("--offline opens no connection at all; without it, the instance is probed", async () => {
    const file = cfg(`  - tool: nextcloud\n    url: ${s.valid?.url}\n    hosting: { country: FR }`);
    const before = s.valid?.connections() ?? 0;
    const off = await run(["audit", "--offline", file, "--format", "json"], { env });
    expect(off.code).toBe(0);
    expect(s.valid?.connections()).toBe(before);
    const report = JsonReportSchema.parse(JSON.parse(off.stdout));
    expect(report.vantage.mode).toBe("offline");
    expect(report.notAssessed.map((n) => n.rule)).toContain("TLS-VALID");
    const on = await run(["audit", file, "--format", "json"], { env });
    expect(s.valid?.connections()).toBeGreaterThan(before);
    const online = JsonReportSchema.parse(JSON.parse(on.stdout));
    expect(online.vantage.mode).toBe("direct");
    expect(online.tools[0]?.probe?.tls?.authorized).toBe(true);
    expect(online.findings.filter((f) => f.evidence.origin === "measured")).toEqual([]);
  });

  it("each bad certificate fails TLS-VALID with its reason; one expiring in 10 days fires TLS-EXPIRY", async () => {
    const tools = ["expired", "selfSigned", "wrongHost", "soon", "noHsts"].map((k) => `  - name: ${k}\n    category: files\n    url: ${s[k]?.url}\n    hosting: { country: FR }`);
    const r = await run(["audit", cfg(tools.join("\n")), "--format", "json", "--timeout", "5000"], { env });
    const report = JsonReportSchema.parse(JSON.parse(r.stdout));
    const by = (name: string) =>
      report.findings
        .filter((f) => f.tool === `custom:${name.toLowerCase()}` && f.evidence.origin === "measured")
        .map((f) => `${f.rule}:${f.code}:${f.severity}`)
        .sort();
    expect(by("expired")).toContain("TLS-VALID:TLS_EXPIRED:critical");
    expect(by("selfSigned")).toContain("TLS-VALID:TLS_SELF_SIGNED:critical");
    expect(by("wrongHost")).toContain("TLS-VALID:TLS_WRONG_HOST:critical");
    expect(by("soon")).toEqual(["TLS-EXPIRY:TLS_EXPIRES_SOON:high"]);
    expect(by("noHsts")).toEqual(["HSTS:HSTS_MISSING:low", "SEC-HEADERS:HEADERS_MISSING:low"]);
    expect(r.code).toBe(1);
  });

  it("an end-of-life Nextcloud fires SOFTWARE-OUTDATED", async () => {
    const r = await run(["audit", cfg(`  - tool: nextcloud\n    url: ${s.nextcloud?.url}\n    hosting: { country: FR }`), "--format", "json"], { env });
    const report = JsonReportSchema.parse(JSON.parse(r.stdout));
    expect(report.tools[0]?.probe?.software).toMatchObject({ product: "Nextcloud", version: "29.0.0" });
    const f = report.findings.find((x) => x.rule === "SOFTWARE-OUTDATED");
    expect(f?.severity).toBe("high");
    expect(f?.message).toContain("Nextcloud 29.0.0 n'est plus maintenu");
  });

  it("http without redirect, and a VPN-only application reachable from here", async () => {
    const tools = `  - name: Portail\n    category: files\n    url: ${s.plainHttp?.url}\n    hosting: { country: FR }\n  - name: Intranet\n    category: metier\n    access: vpn\n    url: ${s.intranet?.url}\n    hosting: { country: FR }`;
    const report = JsonReportSchema.parse(JSON.parse((await run(["audit", cfg(tools), "--format", "json"], { env })).stdout));
    const rules = report.findings.filter((f) => f.evidence.origin === "measured").map((f) => `${f.tool} ${f.rule}`);
    expect(rules).toContain("custom:portail HTTPS-REDIRECT");
    expect(rules).toContain("custom:portail TLS-VALID");
    expect(rules).toContain("custom:intranet EXPOSED-INTERNAL");
  });

  it("a Server header full of escape sequences comes out inert", async () => {
    const file = cfg(`  - name: Evil\n    category: files\n    url: ${s.evil?.url}\n    hosting: { country: FR }`);
    const term = await run(["audit", file], { env });
    expect(term.stdout).toContain("Server:");
    expect(term.stdout).toContain("EVIL");
    // No control character but newlines: checked by code point, not by a regex of control characters.
    expect([...term.stdout].filter((ch) => (ch.charCodeAt(0) < 32 && ch !== "\n") || ch.charCodeAt(0) === 127)).toEqual([]);
    expect(term.stdout).not.toMatch(/[\u0080-\u009f\u202a-\u202e]/);
    const json = JSON.parse((await run(["audit", file, "--format", "json"], { env })).stdout);
    expect(json.tools[0].probe.headers.server).toContain("EVIL");
    const esc = await run(["probe", s.esc?.url ?? ""], { env });
    expect(esc.stdout).toContain("réponse HTTP malformée");
    expect(esc.stdout).not.toContain("\u001b");
  });
});

describe("interruption", () => {
  it("Ctrl-C (SIGINT) during probes exits 130 and writes nothing", async () => {
    const silent = await rawServer(() => {});
    const dir = tempDir();
    const out = join(dir, "rapport.md");
    const file = writeTemp("c.yaml", `version: 1\norganisation: { name: T, type: commune }\ntools:\n  - { name: A, category: files, url: "${silent.url}" }\n`, dir);
    const child = spawn(process.execPath, [BIN, "audit", file, "--timeout", "60000", "-o", out], { env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" } });
    const code = new Promise<number | null>((r) => child.on("close", (c) => r(c)));
    // Interrupt once the probe is under way (the server has its connection), however slow the start.
    for (let i = 0; i < 400 && silent.connections() === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(silent.connections()).toBeGreaterThan(0);
    child.kill("SIGINT");
    expect(await code).toBe(130);
    expect(existsSync(out)).toBe(false);
    await silent.close();
  });
});

describe("teletravail probe", () => {
  it("probes ad-hoc URLs and prints what the audit would see", async () => {
    const r = await run(["probe", s.valid?.url ?? "", s.expired?.url ?? "", "--json"], { env });
    expect(r.code).toBe(1);
    const report = JsonReportSchema.parse(JSON.parse(r.stdout));
    expect(report.tools).toHaveLength(2);
    expect(report.findings.map((f) => f.code)).toContain("TLS_EXPIRED");
    const t = await run(["probe", s.valid?.url ?? ""], { env });
    expect(t.code).toBe(0);
    expect(t.stdout).toContain("TLSv1.3");
    expect((await run(["probe", "ftp://x"])).code).toBe(2);
  });
});
