import { createServer as createHttp, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttps } from "node:https";
import { createServer as createNet, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { generate } from "selfsigned";

export interface Pems {
  key: string;
  cert: string;
}

const DAY = 86_400_000;

/** A test CA and leaf certificates made for this run: none of them can expire in the repository. */
export async function makeCerts() {
  const ca = await generate([{ name: "commonName", value: "teletravail test CA" }], {
    keyType: "ec",
    algorithm: "sha256",
    notAfterDate: new Date(Date.now() + 30 * DAY),
    extensions: [
      { name: "basicConstraints", cA: true, critical: true },
      { name: "keyUsage", keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  });
  const leaf = async (opts: { names?: string[]; from?: number; to?: number; selfSigned?: boolean } = {}): Promise<Pems> => {
    const names = opts.names ?? ["localhost"];
    const r = await generate([{ name: "commonName", value: names[0] ?? "localhost" }], {
      keyType: "ec",
      algorithm: "sha256",
      notBeforeDate: new Date(Date.now() + (opts.from ?? -DAY)),
      notAfterDate: new Date(Date.now() + (opts.to ?? 20 * DAY + 60 * DAY)),
      extensions: [
        { name: "basicConstraints", cA: false },
        { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
        { name: "extKeyUsage", serverAuth: true },
        { name: "subjectAltName", altNames: [...names.map((n) => ({ type: 2 as const, value: n })), { type: 7 as const, ip: "127.0.0.1" }] },
      ],
      ...(opts.selfSigned ? {} : { ca: { key: ca.private, cert: ca.cert } }),
    });
    return { key: r.private, cert: r.cert };
  };
  return {
    ca: ca.cert,
    valid: await leaf(),
    expired: await leaf({ from: -40 * DAY, to: -2 * DAY }),
    wrongHost: await leaf({ names: ["autre.example"] }),
    selfSigned: await leaf({ selfSigned: true }),
    expiresIn10Days: await leaf({ to: 10 * DAY }),
  };
}

export interface TestServer {
  url: string;
  port: number;
  /** TCP connections accepted so far. */
  connections: () => number;
  requests: () => number;
  close: () => Promise<void>;
}

function track(server: Server, scheme: string, host = "127.0.0.1"): Promise<TestServer> {
  let connections = 0;
  let requests = 0;
  const sockets = new Set<Socket>();
  server.on("connection", (s: Socket) => {
    connections++;
    sockets.add(s);
    s.on("error", () => {}); // clients hang up on hostile servers: that is the point
    s.on("close", () => sockets.delete(s));
  });
  server.on("request", () => requests++);
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        url: `${scheme}://${host}:${port}/`,
        port,
        connections: () => connections,
        requests: () => requests,
        close: () =>
          new Promise<void>((r) => {
            for (const s of sockets) s.destroy();
            server.close(() => r());
          }),
      });
    });
  });
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function httpServer(handler: Handler): Promise<TestServer> {
  return track(createHttp(handler), "http");
}

export function httpsServer(pems: Pems, handler: Handler, tls: { minVersion?: "TLSv1"; maxVersion?: "TLSv1"; ciphers?: string } = {}): Promise<TestServer> {
  return track(createHttps({ ...pems, ...tls }, handler), "https", "localhost");
}

/** A raw TCP server that does whatever `onSocket` does (silence, trickle, reset…). */
export function rawServer(onSocket: (s: Socket) => void): Promise<TestServer> {
  return track(createNet(onSocket), "http");
}

/** A port that was open a moment ago and is now closed. */
export async function closedPort(): Promise<string> {
  const s = await rawServer((sock) => sock.destroy());
  await s.close();
  return s.url;
}
