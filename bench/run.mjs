// npm run bench: performance figures of the built CLI, each a ratio or a bound measured in this run,
// so that they mean something on a shared, noisy machine. Prints a table and writes bench/results.json.
// A benchmark is not a test: nothing here fails on timing.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(root, "bin/teletravail.js");
const EXAMPLE = join(root, "examples/commune-outils-grand-public.yaml");
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const work = mkdtempSync(join(tmpdir(), "teletravail-bench-"));
const env = { PATH: process.env.PATH, NO_COLOR: "1", CI: "1" };

/** Run a command; wall time (ms) and peak RSS (KiB, from /usr/bin/time when present). */
function measure(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const useTime = process.platform === "linux";
    const file = useTime ? "/usr/bin/time" : cmd;
    const argv = useTime ? ["-f", "__RSS__%M", cmd, ...args] : args;
    const t0 = performance.now();
    const child = spawn(file, argv, { env, cwd: opts.cwd ?? root, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.on("close", (code) => {
      const ms = performance.now() - t0;
      const m = /__RSS__(\d+)/.exec(err);
      resolve({ ms, rssKiB: m ? Number(m[1]) : null, code, stderr: err.replace(/__RSS__\d+\s*$/, "") });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
async function medianOf(n, cmd, args) {
  const times = [];
  for (let i = 0; i < n; i++) times.push((await measure(cmd, args)).ms);
  return median(times);
}

function server(handler) {
  return new Promise((resolve) => {
    const s = createServer(handler);
    s.keepAliveTimeout = 5000;
    s.listen(0, "127.0.0.1", () => resolve({ s, url: `http://127.0.0.1:${s.address().port}` }));
  });
}
const close = (s) => new Promise((r) => {
  s.closeAllConnections?.();
  s.close(() => r());
});

const results = {};
const rows = [];
const row = (name, value, target, note = "") => {
  rows.push({ name, value, target, note });
};

// 1. Start-up against bare node.
{
  await medianOf(3, process.execPath, ["-e", "0"]); // warm the file cache
  const node = await medianOf(RUNS, process.execPath, ["-e", "0"]);
  const version = await medianOf(RUNS, process.execPath, [BIN, "--version"]);
  const audit = await medianOf(RUNS, process.execPath, [BIN, "audit", "--offline", "--format", "json", EXAMPLE]);
  // The floor: loading zod alone (the config must be validated), measured the same way.
  const zod = await medianOf(RUNS, process.execPath, ["--input-type=module", "-e", "await import('zod')"]);
  results.startup = { runs: RUNS, nodeMs: node, versionMs: version, offlineAuditMs: audit, zodImportMs: zod, versionRatio: version / node, auditRatio: audit / node, zodRatio: zod / node };
  row("--version / node -e 0 (médianes)", `${(version / node).toFixed(2)}×`, "≤ 1.35×", `${version.toFixed(0)} ms / ${node.toFixed(0)} ms`);
  row("audit hors ligne / node -e 0", `${(audit / node).toFixed(2)}×`, "≤ 1.8×", `${audit.toFixed(0)} ms / ${node.toFixed(0)} ms`);
  row("  plancher : import('zod') seul / node -e 0", `${(zod / node).toFixed(2)}×`, "—", `${zod.toFixed(0)} ms`);
}

// 2. 500 URLs answering after 200 ms, concurrency 50: against the ideal (10 rounds) and against curl.
{
  const DELAY = 200;
  const { s, url } = await server((_q, r) => setTimeout(() => r.end("ok"), DELAY));
  const urls = Array.from({ length: 500 }, (_, i) => `${url}/p${i}`);
  const ideal = Math.ceil(500 / 50) * DELAY;
  const ours = await measure(process.execPath, [BIN, "probe", "--concurrency", "50", "--json", ...urls]);
  const list = join(work, "urls.txt");
  writeFileSync(list, `${urls.join("\n")}\n`);
  const curl = await measure("bash", ["-c", `xargs -P 50 -n 1 curl -s -o /dev/null --max-time 10 < ${list}`]);
  await close(s);
  results.probes = { urls: 500, concurrency: 50, delayMs: DELAY, idealMs: ideal, teletravailMs: ours.ms, curlXargsMs: curl.ms, ratioToIdeal: ours.ms / ideal, ratioToCurl: ours.ms / curl.ms };
  row("500 sondes, concurrence 50 / idéal (10 × 200 ms)", `${(ours.ms / ideal).toFixed(2)}×`, "≤ 1.25×", `${ours.ms.toFixed(0)} ms, CLI comprise`);
  // The same, less the CLI's own start-up (the offline audit's median, measured above).
  const startup = results.startup.offlineAuditMs;
  results.probes.ratioToIdealWithoutStartup = (ours.ms - startup) / ideal;
  row("  les mêmes, démarrage de la CLI déduit", `${((ours.ms - startup) / ideal).toFixed(2)}×`, "≤ 1.25×", `${(ours.ms - startup).toFixed(0)} ms`);
  row("500 sondes / curl + xargs -P 50", `${(ours.ms / curl.ms).toFixed(2)}×`, "< 1×", `curl : ${curl.ms.toFixed(0)} ms`);
}

// 3. Hostile mix: 100 normal URLs, a silent server, an endless body, a gzip bomb.
{
  const TIMEOUT = 5000;
  const normal = await server((_q, r) => r.end("ok"));
  const silent = await server(() => {});
  const endless = await server((_q, r) => {
    r.writeHead(200);
    const chunk = Buffer.alloc(64 * 1024, 97);
    const pump = () => {
      while (r.write(chunk)) {}
    };
    r.on("drain", pump);
    pump();
  });
  const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024));
  const gzip = await server((_q, r) => r.writeHead(200, { "content-encoding": "gzip" }).end(bomb));
  const tools = [
    ...Array.from({ length: 100 }, (_, i) => `${normal.url}/n${i}`),
    `${silent.url}/`,
    `${endless.url}/`,
    `${gzip.url}/`,
  ].map((u, i) => `  - { name: "Outil ${i}", category: files, url: "${u}", hosting: { country: FR } }`);
  const cfg = join(work, "hostile.yaml");
  writeFileSync(cfg, `version: 1\norganisation: { name: Bench, type: commune }\ntools:\n${tools.join("\n")}\n`);
  const r = await measure(process.execPath, [BIN, "audit", cfg, "--format", "json", "--timeout", String(TIMEOUT), "--concurrency", "16"]);
  for (const x of [normal, silent, endless, gzip]) await close(x.s);
  results.hostile = { urls: 103, timeoutMs: TIMEOUT, totalMs: r.ms, boundMs: TIMEOUT + 2000, peakRssMiB: r.rssKiB ? r.rssKiB / 1024 : null };
  row("mélange hostile (103 URL) / délai + 2 s", `${(r.ms / (TIMEOUT + 2000)).toFixed(2)}×`, "≤ 1×", `${r.ms.toFixed(0)} ms pour ${TIMEOUT + 2000} ms`);
  row("mélange hostile : pic de mémoire (RSS)", r.rssKiB ? `${(r.rssKiB / 1024).toFixed(0)} Mio` : "n/a", "< 150 Mio");
}

// 4. Fleet: 1,000 configs of 15 tools, offline; then probes on 50 shared local URLs.
{
  const ids = ["zoom", "skype", "tchap", "visio", "whatsapp", "microsoft-365", "google-workspace", "slack", "wetransfer", "francetransfert", "cryptpad", "jitsi-meet", "libreoffice", "framadate", "discord", "element"];
  const dir = join(work, "fleet");
  mkdirSync(dir);
  for (let i = 0; i < 1000; i++) {
    const tools = Array.from({ length: 15 }, (_, k) => `  - tool: ${ids[(i + k) % ids.length]}`);
    writeFileSync(join(dir, `org-${String(i).padStart(4, "0")}.yaml`), `version: 1\norganisation: { name: "Organisation ${i}", type: commune }\ntools:\n${tools.join("\n")}\npractices: { dpo: yes, mfa: partial }\n`);
  }
  const off = await measure(process.execPath, [BIN, "audit", dir, "--offline", "--format", "json"]);
  row("flotte : 1 000 configurations × 15 outils, hors ligne", `${(off.ms / 1000).toFixed(2)} s`, "≤ 3 s", off.code === 1 || off.code === 0 ? "" : `code ${off.code}`);
  row("flotte hors ligne : pic de mémoire (RSS)", off.rssKiB ? `${(off.rssKiB / 1024).toFixed(0)} Mio` : "n/a", "≤ 300 Mio");

  const hits = new Map();
  const shared = await server((q, r) => {
    hits.set(q.url, (hits.get(q.url) ?? 0) + 1);
    r.end("ok");
  });
  const pdir = join(work, "fleet-probes");
  mkdirSync(pdir);
  for (let i = 0; i < 1000; i++) {
    const tools = Array.from({ length: 15 }, (_, k) => `  - { name: "App ${k}", category: files, url: "${shared.url}/u${(i + k) % 50}", hosting: { country: FR } }`);
    writeFileSync(join(pdir, `org-${i}.yaml`), `version: 1\norganisation: { name: "Organisation ${i}", type: commune }\ntools:\n${tools.join("\n")}\n`);
  }
  const on = await measure(process.execPath, [BIN, "audit", pdir, "--format", "json"]);
  await close(shared.s);
  const counts = [...hits.values()];
  const once = counts.length === 50 && counts.every((n) => n === 1);
  results.fleet = { configs: 1000, toolsEach: 15, offlineMs: off.ms, offlinePeakRssMiB: off.rssKiB ? off.rssKiB / 1024 : null, probedMs: on.ms, sharedUrls: 50, distinctUrlsRequested: counts.length, eachUrlOnce: once };
  row("flotte avec sondes : 50 URL partagées, chacune une fois", once ? "oui" : `non (${counts.length} URL, max ${Math.max(...counts)})`, "oui", `${(on.ms / 1000).toFixed(2)} s`);
}

rmSync(work, { recursive: true, force: true });
const w = Math.max(...rows.map((r) => r.name.length));
console.log(`${"mesure".padEnd(w)}  ${"valeur".padEnd(10)} ${"cible".padEnd(10)} détail`);
for (const r of rows) console.log(`${r.name.padEnd(w)}  ${String(r.value).padEnd(10)} ${r.target.padEnd(10)} ${r.note}`);
mkdirSync(join(root, "bench"), { recursive: true });
writeFileSync(
  join(root, "bench/results.json"),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: (await import("node:os")).cpus().length, results }, null, 2)}\n`,
);
console.log("\nbench/results.json écrit.");
