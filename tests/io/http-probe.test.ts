import { connect } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runProbes, type ProbeOptions } from "../../src/io/http-probe.js";
import type { ProbeResult, ProbeSpec } from "../../src/model/probe.js";
import { closedPort, httpServer, httpsServer, makeCerts, rawServer, type TestServer } from "../helpers/servers.js";

let certs: Awaited<ReturnType<typeof makeCerts>>;
const servers: TestServer[] = [];
const keep = (s: TestServer) => {
  servers.push(s);
  return s;
};
beforeAll(async () => {
  certs = await makeCerts();
}, 60_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

const HSTS = { "strict-transport-security": "max-age=31536000; includeSubDomains" };

async function probe(specs: (string | ProbeSpec)[], extra: Partial<ProbeOptions> = {}): Promise<ProbeResult[]> {
  const list = specs.map((s) => (typeof s === "string" ? { url: s } : s));
  const run = await runProbes(list, { timeoutMs: 3000, concurrency: 8, useProxy: false, env: {}, ca: [certs.ca], userAgent: "test", ...extra });
  return list.map((s) => run.results.get(s.url) as ProbeResult);
}

describe("TLS", () => {
  it("a valid certificate with HSTS passes; the certificate and protocol are recorded", async () => {
    const s = keep(await httpsServer(certs.valid, (_q, r) => r.writeHead(200, HSTS).end("ok")));
    const [r] = await probe([s.url]);
    expect(r?.error).toBeNull();
    expect(r?.reachable).toBe(true);
    expect(r?.tls).toMatchObject({ authorized: true, authorizationError: null, protocol: "TLSv1.3", legacy: [] });
    expect(r?.headers["strict-transport-security"]).toContain("max-age=31536000");
    expect(r?.remoteAddress).toBe("127.0.0.1");
  });

  for (const [name, key, code] of [
    ["expired", "expired", "CERT_HAS_EXPIRED"],
    ["self-signed", "selfSigned", "DEPTH_ZERO_SELF_SIGNED_CERT"],
    ["wrong host", "wrongHost", "ERR_TLS_CERT_ALTNAME_INVALID"],
  ] as const) {
    it(`a ${name} certificate is measured as such (and the page is still read)`, async () => {
      const s = keep(await httpsServer(certs[key], (_q, r) => r.writeHead(200).end("ok")));
      const [r] = await probe([s.url]);
      expect(r?.tls?.authorized).toBe(false);
      expect(r?.tls?.authorizationError).toBe(code);
      expect(r?.httpStatus).toBe(200);
    });
  }

  it("a server that only speaks TLS 1.0 is reported as such", async () => {
    const s = keep(await httpsServer(certs.valid, (_q, r) => r.end("ok"), { minVersion: "TLSv1", maxVersion: "TLSv1", ciphers: "DEFAULT:@SECLEVEL=0" }));
    const [r] = await probe([s.url]);
    expect(r?.error?.code).toBe("TLS_HANDSHAKE");
    expect(r?.tls?.legacy).toEqual(["TLSv1"]);
  });
});

describe("hostile servers: each gets its own reason, never an exception", () => {
  it("silent, trickling, endless, gzip bomb, loop, file://, huge headers, reset, closed port", async () => {
    const silent = keep(await rawServer(() => {}));
    const trickle = keep(
      await rawServer((sock) => {
        const msg = "HTTP/1.1 200 OK\r\nX-Slow: ";
        let i = 0;
        const t = setInterval(() => {
          if (sock.destroyed) return clearInterval(t);
          sock.write(i < msg.length ? (msg[i] ?? "a") : "a");
          i++;
        }, 100);
        sock.on("close", () => clearInterval(t));
      }),
    );
    const endless = keep(
      await httpServer((_q, r) => {
        r.writeHead(200, { "content-type": "text/plain" });
        const chunk = Buffer.alloc(64 * 1024, 97);
        const pump = () => {
          while (r.write(chunk)) {}
        };
        r.on("drain", pump);
        r.on("close", () => r.removeAllListeners("drain"));
        pump();
      }),
    );
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0));
    const gzip = keep(await httpServer((_q, r) => r.writeHead(200, { "content-encoding": "gzip", "content-length": bomb.length }).end(bomb)));
    const loop = keep(await httpServer((q, r) => r.writeHead(302, { location: q.url === "/a" ? "/b" : "/a" }).end()));
    const file = keep(await httpServer((_q, r) => r.writeHead(301, { location: "file:///etc/passwd" }).end()));
    const bigHeaders = keep(
      await rawServer((sock) => {
        sock.once("data", () => {
          let h = "HTTP/1.1 200 OK\r\n";
          for (let i = 0; i < 2000; i++) h += `X-Pad-${i}: ${"x".repeat(100)}\r\n`;
          sock.end(`${h}\r\nok`);
        });
      }),
    );
    const reset = keep(await rawServer((sock) => sock.once("data", () => sock.resetAndDestroy())));
    const closed = await closedPort();

    const heapBefore = process.memoryUsage().heapUsed;
    const urls = [silent.url, trickle.url, `${endless.url}`, gzip.url, `${loop.url}a`, file.url, bigHeaders.url, reset.url, closed];
    const r = await probe(urls, { timeoutMs: 1500 });
    const codes = Object.fromEntries(urls.map((u, i) => [u, r[i]?.error?.code ?? (r[i]?.reachable ? "REACHABLE" : "NONE")]));
    expect(codes).toEqual({
      [silent.url]: "TIMEOUT",
      [trickle.url]: "TIMEOUT",
      [endless.url]: "REACHABLE",
      [gzip.url]: "REACHABLE",
      [`${loop.url}a`]: "REDIRECT_LOOP",
      [file.url]: "REDIRECT_SCHEME",
      [bigHeaders.url]: "HEADERS_TOO_LARGE",
      [reset.url]: "RESET",
      [closed]: "REFUSED",
    });
    expect(r[4]?.redirects.map((h) => h.status)).toEqual([302, 302]);
    // Bodies are read a few KiB at most: a 50 MiB gzip bomb and an endless body leave the heap alone.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
    // The reset was retried once: two connections.
    expect(reset.connections()).toBe(2);
  }, 30_000);

  it("each distinct URL is probed once, whatever the number of specs naming it", async () => {
    const s = keep(await httpServer((_q, r) => r.end("ok")));
    const run = await runProbes([{ url: s.url }, { url: s.url }], { timeoutMs: 2000, concurrency: 4, useProxy: false, env: {}, userAgent: "t" });
    expect(run.results.size).toBe(1);
  });
});

describe("health endpoints", () => {
  it("reads the Nextcloud version from /status.php", async () => {
    const s = keep(
      await httpsServer(certs.valid, (q, r) => {
        if (q.url === "/status.php") r.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ installed: true, versionstring: "29.0.0", productname: "Nextcloud" }));
        else r.writeHead(200, HSTS).end("ok");
      }),
    );
    const [r] = await probe([{ url: s.url, health: { path: "/status.php", format: "nextcloud-status" } }]);
    expect(r?.software).toEqual({ product: "Nextcloud", version: "29.0.0", endpoint: "/status.php" });
  });

  it("ignores a version that is not a version", async () => {
    const s = keep(await httpServer((_q, r) => r.end(JSON.stringify({ versionstring: "\u001b[31m1.0" }))));
    const [r] = await probe([{ url: s.url, health: { path: "/status.php", format: "nextcloud-status" } }]);
    expect(r?.software).toBeNull();
  });
});

describe("offline machine", () => {
  it("when every probe fails at DNS, the vantage says the machine seems offline", async () => {
    const lookup = ((_h: string, _o: unknown, cb: (e: Error) => void) => cb(Object.assign(new Error("nope"), { code: "ENOTFOUND" }))) as unknown as ProbeOptions["lookup"];
    const run = await runProbes([{ url: "https://a.example.test/" }, { url: "https://b.example.test/" }], { timeoutMs: 2000, concurrency: 2, useProxy: false, env: {}, userAgent: "t", lookup });
    expect([...run.results.values()].map((r) => r.error?.code)).toEqual(["DNS", "DNS"]);
    expect(run.vantage.seemsOffline).toBe(true);
  });
});

describe("proxies", () => {
  it("honours HTTPS_PROXY and NO_PROXY, records the target's TLS through the tunnel, and says so", async () => {
    const target = keep(await httpsServer(certs.valid, (_q, r) => r.writeHead(200, HSTS).end("ok")));
    const direct = keep(await httpServer((_q, r) => r.end("ok")));
    let tunnels = 0;
    const proxy = keep(
      await rawServer((client) => {
        client.once("data", (buf) => {
          const m = /^CONNECT ([^:\s]+):(\d+)/.exec(buf.toString("latin1"));
          if (!m) {
            client.destroy();
            return;
          }
          tunnels++;
          const up = connect(Number(m[2]), "127.0.0.1", () => {
            client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
            up.pipe(client);
            client.pipe(up);
          });
          up.on("error", () => client.destroy());
        });
      }),
    );
    const env = { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: "127.0.0.1" };
    const run = await runProbes([{ url: target.url }, { url: direct.url }], { timeoutMs: 5000, concurrency: 2, useProxy: true, env, ca: [certs.ca], userAgent: "t" });
    const t = run.results.get(target.url);
    expect(t?.reachable).toBe(true);
    expect(t?.tls?.authorized).toBe(true);
    expect(t?.tls?.legacy).toBeNull(); // legacy handshakes are not attempted through a proxy
    expect(tunnels).toBeGreaterThan(0);
    expect(run.results.get(direct.url)?.reachable).toBe(true);
    expect(run.vantage).toEqual({ mode: "proxy", proxy: proxy.url, seemsOffline: false });
    const noProxy = await runProbes([{ url: direct.url }], { timeoutMs: 5000, concurrency: 1, useProxy: false, env, userAgent: "t" });
    expect(noProxy.vantage.mode).toBe("direct");
  });
});
