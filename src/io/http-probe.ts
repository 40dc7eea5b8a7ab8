import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { isIP } from "node:net";
import { connect as tlsConnect, type ConnectionOptions, type TLSSocket } from "node:tls";
import { Agent, buildConnector, type Dispatcher, ProxyAgent, request } from "undici";
import type { HealthFormat, ProbeErrorCode, ProbeResult, ProbeSpec, TlsInfo, Vantage } from "../model/probe.js";

export interface ProbeOptions {
  /** Overall deadline of one probe (all hops, health endpoint included). */
  timeoutMs: number;
  concurrency: number;
  /** Honour HTTP(S)_PROXY / NO_PROXY from `env`. */
  useProxy: boolean;
  env: Record<string, string | undefined>;
  /** Extra trusted CAs (tests make their own). */
  ca?: string[];
  /** Name resolution override (tests map names to 127.0.0.1). */
  lookup?: ConnectionOptions["lookup"];
  userAgent: string;
  onProgress?: (done: number, total: number, running: string[]) => void;
  signal?: AbortSignal;
}

/** Bytes of a body kept for analysis; the rest is never read. */
const BODY_CAP = 16 * 1024;
/** Hard ceiling enforced by undici on every response. */
const MAX_RESPONSE = 1024 * 1024;
const MAX_HOPS = 10;
const SECURITY_HEADERS = [
  "strict-transport-security",
  "content-security-policy",
  "x-content-type-options",
  "x-frame-options",
  "referrer-policy",
  "server",
  "x-powered-by",
];

type ConnInfo = { remoteAddress: string | null; tls: Omit<TlsInfo, "legacy"> | null };

function describeSocket(sock: unknown): ConnInfo {
  const s = sock as Partial<TLSSocket> & { remoteAddress?: string };
  const remoteAddress = s.remoteAddress ?? null;
  if (typeof s.getPeerX509Certificate !== "function") return { remoteAddress, tls: null };
  const cert = s.getPeerX509Certificate();
  const validTo = cert ? new Date(cert.validTo) : null;
  const err = s.authorizationError as unknown;
  return {
    remoteAddress,
    tls: {
      protocol: s.getProtocol?.() ?? null,
      cipher: s.getCipher?.()?.standardName ?? null,
      authorized: s.authorized === true,
      authorizationError: err === undefined || err === null ? null : typeof err === "string" ? err : ((err as { code?: string }).code ?? String(err)),
      subject: cert?.subject.replace(/\n/g, ", ") ?? null,
      issuer: cert?.issuer.replace(/\n/g, ", ") ?? null,
      validFrom: cert ? new Date(cert.validFrom).toISOString() : null,
      validTo: validTo && !Number.isNaN(validTo.getTime()) ? validTo.toISOString() : null,
    },
  };
}

const originKey = (protocol: string, host: string, port: string | number) => {
  const p = String(port || (protocol === "https:" ? 443 : 80));
  return `${protocol}//${host.replace(/^\[|\]$/g, "").toLowerCase()}:${p}`;
};
const originOf = (u: URL) => originKey(u.protocol, u.hostname, u.port);

function errorCode(e: unknown): { code: ProbeErrorCode; message: string } {
  const chain: { code?: string; name?: string; message?: string }[] = [];
  let cur: unknown = e;
  for (let i = 0; i < 5 && cur && typeof cur === "object"; i++) {
    chain.push(cur as { code?: string; name?: string; message?: string });
    cur = (cur as { cause?: unknown }).cause;
  }
  // DOMExceptions carry a numeric `code` beside their `name`: keep both.
  const codes = chain.flatMap((c) => [typeof c.code === "string" ? c.code : "", c.name ?? ""]).filter(Boolean);
  const has = (...xs: string[]) => codes.some((c) => xs.includes(c));
  const message = codes.find((c) => c !== "Error") ?? "error";
  if (has("TimeoutError", "AbortError", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "UND_ERR_ABORTED")) return { code: "TIMEOUT", message };
  if (has("ENOTFOUND", "EAI_AGAIN", "EAI_NONAME", "EAI_NODATA", "EAI_FAIL")) return { code: "DNS", message };
  if (has("ECONNREFUSED")) return { code: "REFUSED", message };
  if (has("UND_ERR_CONNECT_TIMEOUT", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH")) return { code: "CONNECT_TIMEOUT", message };
  if (has("UND_ERR_HEADERS_OVERFLOW", "HPE_HEADER_OVERFLOW")) return { code: "HEADERS_TOO_LARGE", message };
  if (has("UND_ERR_RES_EXCEEDED_MAX_SIZE")) return { code: "BODY_TOO_LARGE", message };
  if (codes.some((c) => /^(ERR_SSL|ERR_TLS|EPROTO)/.test(c))) return { code: "TLS_HANDSHAKE", message };
  if (has("ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED")) return { code: "RESET", message };
  if (has("ERR_INVALID_URL", "UND_ERR_INVALID_ARG")) return { code: "BAD_URL", message };
  if (has("HTTPParserError") || codes.some((c) => c.startsWith("HPE_"))) return { code: "BAD_RESPONSE", message };
  return { code: "OTHER", message };
}

const TRANSIENT: ProbeErrorCode[] = ["RESET"];

interface Hop {
  url: string;
  status: number;
  location: string | null;
  headers: Record<string, string>;
  body: Buffer;
}

async function fetchOnce(url: URL, dispatcher: Dispatcher, signal: AbortSignal, ua: string, remainingMs: number): Promise<Hop> {
  const res = await request(url, {
    dispatcher,
    method: "GET",
    signal,
    headers: { "user-agent": ua, accept: "*/*", "accept-encoding": "identity" },
    headersTimeout: Math.max(1000, remainingMs),
    bodyTimeout: Math.max(1000, remainingMs),
  });
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body) {
      const b = chunk as Buffer;
      chunks.push(size + b.length > BODY_CAP ? b.subarray(0, BODY_CAP - size) : b);
      size += b.length;
      if (size >= BODY_CAP) break;
    }
  } finally {
    res.body.destroy();
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  return { url: url.href, status: res.statusCode, location: headers.location ?? null, headers, body: Buffer.concat(chunks) };
}

/** Follow redirects by hand, recording each hop; stops on loops, non-http schemes and after 10 hops. */
async function follow(start: URL, dispatcherFor: (u: URL) => Dispatcher, signal: AbortSignal, ua: string, deadline: number) {
  const hops: Hop[] = [];
  const seen = new Set<string>();
  let url = start;
  for (;;) {
    seen.add(url.href);
    const hop = await fetchOnce(url, dispatcherFor(url), signal, ua, deadline - Date.now());
    hops.push(hop);
    if (hop.status < 300 || hop.status >= 400 || !hop.location) return { hops, error: null };
    let next: URL;
    try {
      next = new URL(hop.location, url);
    } catch {
      return { hops, error: { code: "BAD_URL" as const, message: "location" } };
    }
    if (next.protocol !== "http:" && next.protocol !== "https:") return { hops, error: { code: "REDIRECT_SCHEME" as const, message: next.protocol } };
    if (seen.has(next.href)) return { hops, error: { code: "REDIRECT_LOOP" as const, message: next.href } };
    if (hops.length >= MAX_HOPS) return { hops, error: { code: "TOO_MANY_REDIRECTS" as const, message: String(MAX_HOPS) } };
    url = next;
  }
}

/** Which legacy TLS versions a server still accepts, by separate handshakes that pin the version. */
async function legacyVersions(url: URL, lookup: ProbeOptions["lookup"], deadline: number): Promise<("TLSv1" | "TLSv1.1")[] | null> {
  const out: ("TLSv1" | "TLSv1.1")[] = [];
  for (const v of ["TLSv1", "TLSv1.1"] as const) {
    const ms = Math.min(3000, deadline - Date.now());
    if (ms <= 0) return null;
    const ok = await new Promise<boolean>((resolveOk) => {
      const sock = tlsConnect({
        host: url.hostname,
        port: Number(url.port || 443),
        servername: isIP(url.hostname) ? undefined : url.hostname,
        minVersion: v,
        maxVersion: v,
        ciphers: "DEFAULT:@SECLEVEL=0",
        rejectUnauthorized: false,
        ...(lookup ? { lookup } : {}),
      });
      const done = (r: boolean) => {
        clearTimeout(timer);
        sock.destroy();
        resolveOk(r);
      };
      const timer = setTimeout(() => done(false), ms);
      sock.once("secureConnect", () => done(true));
      sock.once("error", () => done(false));
    });
    if (ok) out.push(v);
  }
  return out;
}

function readVersion(format: HealthFormat, body: Buffer): { product: string; version: string } | null {
  let j: unknown;
  try {
    j = JSON.parse(body.toString("utf8"));
  } catch {
    return null;
  }
  const o = j as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" && /^[\w.+-]{1,40}$/.test(v) ? v : null);
  switch (format) {
    case "nextcloud-status": {
      const v = str(o.versionstring) ?? str(o.version);
      return v ? { product: str(o.productname) ?? "Nextcloud", version: v } : null;
    }
    case "matrix-federation": {
      const s = o.server as Record<string, unknown> | undefined;
      const v = str(s?.version);
      return v ? { product: str(s?.name) ?? "Matrix", version: v } : null;
    }
    case "collabora-capabilities": {
      const v = str(o.productVersion);
      return v ? { product: str(o.productName) ?? "Collabora Online", version: v } : null;
    }
    case "rocketchat-info": {
      const v = str(o.version);
      return v ? { product: "Rocket.Chat", version: v } : null;
    }
  }
}

export interface ProbeRun {
  results: Map<string, ProbeResult>;
  vantage: Vantage;
}

/** Does NO_PROXY exempt this host (suffix match, leading dot or *, and "*" for every host)? */
export function bypassesProxy(host: string, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((raw) => {
      const e = raw.toLowerCase().replace(/:\d+$/, "").replace(/^\*?\./, ".");
      if (e === "*") return true;
      return e.startsWith(".") ? h.endsWith(e) || h === e.slice(1) : h === e || h.endsWith(`.${e}`);
    });
}

/** Probe every spec once, with bounded concurrency. Never throws: failures are results. */
export async function runProbes(specs: readonly ProbeSpec[], opts: ProbeOptions): Promise<ProbeRun> {
  const conns = new Map<string, ConnInfo>();
  const env = opts.env;
  const httpProxy = opts.useProxy ? (env.http_proxy ?? env.HTTP_PROXY ?? null) : null;
  const httpsProxy = opts.useProxy ? (env.https_proxy ?? env.HTTPS_PROXY ?? httpProxy) : null;
  const noProxy = env.no_proxy ?? env.NO_PROXY;
  /** The proxy a URL goes through, or null for a direct connection. */
  const proxyFor = (u: URL): string | null => {
    const p = u.protocol === "https:" ? httpsProxy : httpProxy;
    return p && !bypassesProxy(u.hostname, noProxy) ? p : null;
  };
  const base = buildConnector({
    rejectUnauthorized: false,
    maxCachedSessions: 0,
    timeout: Math.min(10_000, opts.timeoutMs),
    ...(opts.ca ? { ca: opts.ca } : {}),
    ...(opts.lookup ? { lookup: opts.lookup } : {}),
  } as buildConnector.BuildOptions);
  // As many connections per origin as probes may run at once: many URLs can share one host.
  const common = { allowH2: false, maxResponseSize: MAX_RESPONSE, keepAliveTimeout: 1000, keepAliveMaxTimeout: 1000, connections: Math.max(1, opts.concurrency) };
  const direct = new Agent({
    ...common,
    connect(o, cb) {
      base(o, (err, sock) => {
        if (err || !sock) return cb(err ?? new Error("no socket"), null);
        conns.set(originKey(o.protocol, o.servername || o.hostname, o.port), describeSocket(sock));
        cb(null, sock);
      });
    },
  });
  // Through a proxy undici builds its own connectors; the target's TLS socket is seen on a diagnostics channel.
  const onConnected = (msg: unknown) => {
    const m = msg as { socket: unknown; connectParams: { protocol: string; hostname: string; servername?: string; port: string } };
    const p = m.connectParams;
    conns.set(originKey(p.protocol, p.servername || p.hostname, p.port), describeSocket(m.socket));
  };
  const proxies = new Map<string, ProxyAgent>();
  const dispatcherFor = (u: URL): Dispatcher => {
    const p = proxyFor(u);
    if (!p) return direct;
    let a = proxies.get(p);
    if (!a) {
      if (proxies.size === 0) subscribe("undici:client:connected", onConnected);
      a = new ProxyAgent({ ...common, uri: p, requestTls: { rejectUnauthorized: false, ...(opts.ca ? { ca: opts.ca } : {}) } } as ProxyAgent.Options);
      proxies.set(p, a);
    }
    return a;
  };

  const results = new Map<string, ProbeResult>();
  const running = new Set<string>();
  let done = 0;
  const queue = [...specs];

  const probeOne = async (spec: ProbeSpec): Promise<ProbeResult> => {
    const t0 = Date.now();
    const deadline = t0 + opts.timeoutMs;
    const signal = opts.signal ? AbortSignal.any([AbortSignal.timeout(opts.timeoutMs), opts.signal]) : AbortSignal.timeout(opts.timeoutMs);
    const result: ProbeResult = {
      url: spec.url,
      finalUrl: null,
      reachable: false,
      httpStatus: null,
      remoteAddress: null,
      durationMs: 0,
      redirects: [],
      tls: null,
      headers: {},
      httpsRedirect: null,
      software: null,
      error: null,
    };
    let start: URL;
    try {
      start = new URL(spec.url);
      if (start.protocol !== "http:" && start.protocol !== "https:") throw new Error("scheme");
    } catch {
      result.error = { code: "BAD_URL", message: spec.url };
      return result;
    }
    // http:// on the same host must redirect to https:// (checked beside the main probe, default ports only).
    const httpCheck =
      start.protocol === "https:" && !start.port
        ? fetchOnce(new URL(`http://${start.host}${start.pathname}`), dispatcherFor(new URL(`http://${start.host}/`)), signal, opts.userAgent, deadline - Date.now()).then(
            (h) => (h.status >= 300 && h.status < 400 && h.location ? new URL(h.location, h.url).protocol === "https:" : false),
            () => null,
          )
        : Promise.resolve(null);
    let attempt = 0;
    for (;;) {
      try {
        const { hops, error } = await follow(start, dispatcherFor, signal, opts.userAgent, deadline);
        // On a redirect error the last hop is itself a redirect: keep it in the chain.
        result.redirects = (error ? hops : hops.slice(0, -1)).map((h) => ({ url: h.url, status: h.status, location: h.location }));
        const last = hops[hops.length - 1];
        if (last) {
          result.finalUrl = last.url;
          result.httpStatus = last.status;
          result.headers = Object.fromEntries(SECURITY_HEADERS.filter((h) => last.headers[h] !== undefined).map((h) => [h, String(last.headers[h]).slice(0, 500)]));
          const s = last.status;
          result.reachable = error === null && ((s >= 200 && s < 400) || s === 401 || s === 403);
          if (!error && !result.reachable) result.error = { code: "HTTP_ERROR", message: String(s) };
        }
        if (error) result.error = error;
        break;
      } catch (e) {
        const err = errorCode(e);
        if (TRANSIENT.includes(err.code) && attempt === 0 && Date.now() < deadline - 500) {
          attempt++;
          continue;
        }
        result.error = err;
        break;
      }
    }
    const final = new URL(result.finalUrl ?? spec.url);
    const info = conns.get(originOf(final)) ?? conns.get(originOf(start));
    if (info) {
      result.remoteAddress = info.remoteAddress;
      if (info.tls) result.tls = { ...info.tls, legacy: null };
    }
    // Legacy-version handshakes go direct: skipped for URLs that must go through a proxy.
    if (result.tls && !proxyFor(final)) result.tls.legacy = await legacyVersions(final, opts.lookup, deadline);
    else if (result.error?.code === "TLS_HANDSHAKE" && start.protocol === "https:" && !proxyFor(start)) {
      // A modern handshake failed: find out whether the server speaks only TLS 1.0/1.1.
      const legacy = await legacyVersions(start, opts.lookup, deadline);
      if (legacy?.length)
        result.tls = { protocol: null, cipher: null, authorized: false, authorizationError: null, subject: null, issuer: null, validFrom: null, validTo: null, legacy };
    }
    if (spec.health && result.reachable && Date.now() < deadline) {
      try {
        const hu = new URL(spec.health.path, start);
        const h = await fetchOnce(hu, dispatcherFor(hu), signal, opts.userAgent, deadline - Date.now());
        const v = h.status === 200 ? readVersion(spec.health.format, h.body) : null;
        if (v) result.software = { ...v, endpoint: spec.health.path };
      } catch {
        // No version: SOFTWARE-OUTDATED stays not assessed for this instance.
      }
    }
    result.httpsRedirect = await httpCheck;
    result.durationMs = Date.now() - t0;
    return result;
  };

  const worker = async () => {
    for (;;) {
      const spec = queue.shift();
      if (!spec) return;
      running.add(spec.url);
      opts.onProgress?.(done, specs.length, [...running]);
      let r: ProbeResult;
      try {
        r = await probeOne(spec);
      } catch (e) {
        r = { url: spec.url, finalUrl: null, reachable: false, httpStatus: null, remoteAddress: null, durationMs: 0, redirects: [], tls: null, headers: {}, httpsRedirect: null, software: null, error: errorCode(e) };
      }
      results.set(spec.url, r);
      running.delete(spec.url);
      done++;
      opts.onProgress?.(done, specs.length, [...running]);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, specs.length)) }, worker));
  } finally {
    if (proxies.size) unsubscribe("undici:client:connected", onConnected);
    await Promise.all([direct, ...proxies.values()].map((d) => d.destroy().catch(() => {})));
  }
  const all = [...results.values()];
  const used = specs.map((sp) => (URL.canParse(sp.url) ? proxyFor(new URL(sp.url)) : null)).find((p) => p !== null) ?? null;
  const proxied = used !== null;
  const proxy = used;
  return {
    results,
    vantage: {
      mode: proxied ? "proxy" : "direct",
      proxy: proxied && proxy ? redactProxy(proxy) : null,
      seemsOffline: all.length > 0 && all.every((r) => r.error?.code === "DNS"),
    },
  };
}

function redactProxy(p: string): string {
  try {
    const u = new URL(p);
    u.username = "";
    u.password = "";
    return u.href;
  } catch {
    return "proxy";
  }
}
