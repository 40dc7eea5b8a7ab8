import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, Option } from "commander";
import type { CatalogLocation, FleetEntry } from "../app/run-audit.js";
import { InputError, UsageError } from "../model/errors.js";
import { FAIL_ON, type FailOn } from "../model/levels.js";
import { formatProblem } from "../render/errors.js";
import { EXTENSIONS, FORMAT_EXT, FORMATS, type Format } from "../render/formats.js";
import type { SummaryFormat } from "../render/fleet.js";
import { MESSAGES, type Lang } from "../render/messages/index.js";
import { ruleText } from "../render/text.js";

/** Everything heavy (zod, yaml, undici, the engine, the renderers) loads only when a command runs. */
type Heavy = typeof import("./heavy.js");
const heavy = (): Promise<Heavy> => import("./heavy.js");

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === "string" ? __VERSION__ : "0.0.0-dev";

interface AuditOptions {
  format?: Format;
  output: string[];
  outputDir?: string;
  failOn: FailOn;
  policy?: string;
  baseline?: string;
  catalog?: string[];
  offline?: boolean | string;
  timeout: number;
  concurrency: number;
  proxy: boolean;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The format of an --output file: --format when given for a single output, else its extension. */
function formatFor(file: string, explicit: Format | undefined, lang: Lang): Format {
  if (explicit) return explicit;
  const f = EXTENSIONS[extname(file).toLowerCase()];
  if (!f)
    throw new UsageError(lang === "fr" ? `extension de ${file} non reconnue` : `unrecognised extension of ${file}`, `--format ${FORMATS.join(" | ")}, ${lang === "fr" ? "ou" : "or"} ${Object.keys(EXTENSIONS).join(" ")}`);
  return f;
}

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** Prompts need an interactive stdin as well as stdout. */
  stdinIsTTY?: boolean;
  /** Progress is drawn only on an interactive stderr. */
  stderrIsTTY?: boolean;
  cwd: () => string;
  now: () => Date;
}

function positiveInt(name: string, max: number) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`${name} ${v}`, `1 … ${max}`);
    return n;
  };
}

/** A one-line progress indicator on stderr: done/total and the slowest probes still running, redrawn every second. */
function progress(io: Io, lang: Lang, enabled: boolean) {
  if (!enabled) return { update: undefined, clear: () => {} };
  const started = new Map<string, number>();
  let state = { done: 0, total: 0, running: [] as string[] };
  let last = "";
  const draw = () => {
    const now = Date.now();
    const slow = state.running
      .map((u) => ({ u, t: now - (started.get(u) ?? now) }))
      .filter((x) => x.t > 3000)
      .sort((a, b) => b.t - a.t)
      .slice(0, 2)
      .map((x) => `${sanitizeUrl(x.u)} (${Math.round(x.t / 1000)} s)`);
    const line = `${lang === "fr" ? "Sondes" : "Probes"} ${state.done}/${state.total}${slow.length ? ` — ${lang === "fr" ? "lentes" : "slow"} : ${slow.join(", ")}` : ""}`;
    if (line !== last) io.stderr(`\r\u001b[2K${line.slice(0, 160)}`);
    last = line;
  };
  const timer = setInterval(draw, 1000);
  timer.unref();
  return {
    update: (done: number, total: number, running: string[]) => {
      for (const u of running) if (!started.has(u)) started.set(u, Date.now());
      state = { done, total, running };
      draw();
    },
    clear: () => {
      clearInterval(timer);
      if (last) io.stderr("\r\u001b[2K");
    },
  };
}

function sanitizeUrl(u: string): string {
  return u.replace(/[^\x20-\x7e]/g, "?").slice(0, 60);
}

/** The package root: the folder above that holds catalog/ (dist/ when bundled, src/cli/ from source). */
function packageRoot(): string {
  let dir = fileURLToPath(new URL(".", import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(resolve(dir, "catalog", "categories.yaml"))) return dir;
    dir = resolve(dir, "..");
  }
  return resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
}
const ROOT = packageRoot();
const CATALOG: CatalogLocation = { builtinDir: resolve(ROOT, "catalog"), compiled: resolve(ROOT, "dist", "catalog.json") };


function langOf(opts: { lang?: string }, env: NodeJS.ProcessEnv): Lang {
  const l = opts.lang ?? env.TELETRAVAIL_LANG ?? "fr";
  if (l !== "fr" && l !== "en") throw new UsageError(`--lang ${l}`, "fr | en");
  return l;
}

function useColor(flag: boolean, io: Io): boolean {
  if (!flag) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false";
  return io.isTTY;
}

/** English help texts, keyed by the French ones (`--lang en` or TELETRAVAIL_LANG=en). */
const HELP_EN: Record<string, string> = {
  "affiche l'aide d'une commande": "show help for a command",
  "Audit des outils de télétravail d'une organisation publique : RGPD, hébergement, juridiction, accessibilité depuis le domicile et bons réflexes (fiche GIP Territoires Numériques 2020, mise à jour).": "Audit of a public body's remote-work tools: GDPR, hosting, jurisdiction, reachability from home and good practices (2020 GIP Territoires Numériques sheet, brought up to date).",
  "audite une configuration (ou un dossier de configurations) et affiche ou écrit le rapport": "audit a config (or a folder of configs) and print or write the report",
  "résume ce qui a changé entre deux rapports JSON (outils, verdicts, constats)": "summarise what changed between two JSON reports (tools, verdicts, findings)",
  "affiche le schéma JSON de teletravail.yaml, pour la validation et la complétion dans les éditeurs": "print the JSON Schema of teletravail.yaml, for validation and completion in editors",
  "entretien guidé, puis écriture d'un teletravail.yaml commenté": "guided interview, then write a commented teletravail.yaml",
  "sonde des URL comme l'audit le ferait : accessibilité, TLS, HSTS, redirections, en-têtes": "probe URLs as the audit would: reachability, TLS, HSTS, redirects, headers",
  "consulte et valide le catalogue d'outils": "browse and validate the tool catalogue",
  "liste les outils du catalogue": "list the catalogue's tools",
  "affiche la fiche d'un outil, avec la source et la date de chaque fait": "show a tool's entry, with the source and date of each fact",
  "valide un dossier de catalogue (par défaut celui fourni) : schéma, sources, références croisées": "validate a catalogue folder (the shipped one by default): schema, sources, cross-references",
  "liste les critères : identifiant, gravité par défaut, ce qui les déclenche, références": "list the criteria: id, default severity, what triggers them, references",
  "sans couleurs (NO_COLOR et FORCE_COLOR sont aussi respectés)": "no colours (NO_COLOR and FORCE_COLOR are honoured too)",
  "n'affiche que le rapport (ni note ni conseil sur la sortie d'erreur)": "print only the report (no note or advice on stderr)",
  "affiche la pile d'appel des erreurs internes": "print the stack trace of internal errors",
  "écrit le rapport dans ce fichier, atomiquement ; répétable (un format par extension)": "write the report to this file, atomically; repeatable (one format per extension)",
  "avec plusieurs configurations : un rapport par organisation dans ce dossier": "with several configs: one report per organisation in this folder",
  "ne fait échouer que sur ce qui est nouveau ou pire que dans ce rapport JSON précédent": "fail only on what is new or worse than in this previous JSON report",
  "fiches d'outils supplémentaires (celles de l'organisation), fusionnées au catalogue": "extra tool entries (the organisation's own), merged into the catalogue",
  "ignore HTTP_PROXY / HTTPS_PROXY : sonde en direct": "ignore HTTP_PROXY / HTTPS_PROXY: probe directly",
  "fichier à écrire": "file to write",
  "remplace le fichier s'il existe, sans demander": "replace the file if it exists, without asking",
  "sortie JSON (même schéma que le rapport d'audit)": "JSON output (the audit report's schema)",
  "délai maximal d'une sonde": "deadline of one probe",
  "sondes en parallèle": "probes in parallel",
  "ignore HTTP_PROXY / HTTPS_PROXY": "ignore HTTP_PROXY / HTTPS_PROXY",
  "seulement cette catégorie": "only this category",
  "sortie JSON": "JSON output",
  "fiches supplémentaires": "extra entries",
  "langue des messages (ou TELETRAVAIL_LANG)": "language of messages (or TELETRAVAIL_LANG)",
  "format du rapport ; déduit de l'extension de --output (.md, .html, .json, .sarif, .xml, .txt)": "report format; inferred from --output's extension (.md, .html, .json, .sarif, .xml, .txt)",
  "gravité à partir de laquelle le code de sortie est 1": "severity from which the exit code is 1",
  "rgpd | gip-2020 | souverain | FICHIER de politique (remplace celle de la config)": "rgpd | gip-2020 | souverain | policy FILE (replaces the config's)",
  "aucun accès réseau : les critères mesurés par sonde sont « non évalués »": "no network at all: measured criteria are \"not assessed\"",
  "délai maximal d'une sonde, redirections comprises": "deadline of one probe, redirects included",
  "format": "format",
  "code de sortie 1 si un constat nouveau ou aggravé atteint cette gravité": "exit code 1 if a new or worse finding reaches this severity",
  "fichier(s) ou dossier ; par défaut teletravail.yaml ou .teletravail.yaml du dossier courant": "file(s) or folder; by default teletravail.yaml or .teletravail.yaml in the current folder",
  "rapport précédent": "previous report",
  "rapport récent": "recent report",
  "URL http:// ou https://": "http:// or https:// URL",
  "identifiant, nom ou alias (« MS Teams », « gdrive »…)": "id, name or alias (\"MS Teams\", \"gdrive\"…)",
  "dossier à valider": "folder to validate",
  "affiche l'aide": "show help",
  "affiche la version": "show the version",
};

const HELP_AUDIT_FR = `
Exemples :
  $ teletravail audit examples/commune-outils-grand-public.yaml
  $ teletravail audit teletravail.yaml --policy souverain --lang en
  $ teletravail audit teletravail.yaml --format json -o rapport.json --fail-on medium

Codes de sortie :
  0  aucun constat de gravité --fail-on ou plus
  1  au moins un constat de gravité --fail-on ou plus
  2  entrée ou usage incorrects (le message donne fichier:ligne:colonne et la correction)
  3  erreur interne (pile d'appel avec --debug)
  130 interrompu (Ctrl-C)`;

const HELP_AUDIT_EN = `
Examples:
  $ teletravail audit examples/commune-outils-grand-public.yaml
  $ teletravail audit teletravail.yaml --policy souverain --lang en
  $ teletravail audit teletravail.yaml --format json -o report.json --fail-on medium

Exit codes:
  0  no finding at or above --fail-on
  1  at least one finding at or above --fail-on
  2  bad input or usage (the message gives file:line:column and the fix)
  3  internal error (stack trace with --debug)
  130 interrupted (Ctrl-C)`;

export function buildProgram(io: Io, state: { exitCode: number } = { exitCode: 0 }, lang: Lang = "fr"): Command {
  const tr = (fr: string) => (lang === "en" ? (HELP_EN[fr] ?? fr) : fr);
  const program = new Command();
  const globals = () => program.opts<{ lang?: string; color: boolean; quiet?: boolean; debug?: boolean }>();
  program
    .name("teletravail")
    .description(
      tr("Audit des outils de télétravail d'une organisation publique : RGPD, hébergement, juridiction, accessibilité depuis le domicile et bons réflexes (fiche GIP Territoires Numériques 2020, mise à jour)."),
    )
    .version(VERSION, "-V, --version", tr("affiche la version"))
    .helpOption("-h, --help", tr("affiche l'aide"))
    .addOption(new Option("--lang <lang>", tr("langue des messages (ou TELETRAVAIL_LANG)")).choices(["fr", "en"]))
    .option("--no-color", tr("sans couleurs (NO_COLOR et FORCE_COLOR sont aussi respectés)"))
    .option("-q, --quiet", tr("n'affiche que le rapport (ni note ni conseil sur la sortie d'erreur)"))
    .option("--debug", tr("affiche la pile d'appel des erreurs internes"))
    .helpCommand("help [command]", tr("affiche l'aide d'une commande"))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (str, write) => write(lang === "fr" ? commanderFr(str) : str) });

  program
    .command("audit")
    .description(tr("audite une configuration (ou un dossier de configurations) et affiche ou écrit le rapport"))
    .argument("[config...]", tr("fichier(s) ou dossier ; par défaut teletravail.yaml ou .teletravail.yaml du dossier courant"))
    .addOption(
      new Option("-f, --format <format>", tr("format du rapport ; déduit de l'extension de --output (.md, .html, .json, .sarif, .xml, .txt)"))
        .choices(FORMATS)
        .env("TELETRAVAIL_FORMAT"),
    )
    .option("-o, --output <file>", tr("écrit le rapport dans ce fichier, atomiquement ; répétable (un format par extension)"), collect, [])
    .option("--output-dir <dir>", tr("avec plusieurs configurations : un rapport par organisation dans ce dossier"))
    .addOption(
      new Option("--fail-on <severity>", tr("gravité à partir de laquelle le code de sortie est 1")).choices([...FAIL_ON]).default("high").env("TELETRAVAIL_FAIL_ON"),
    )
    .addOption(new Option("--policy <policy>", tr("rgpd | gip-2020 | souverain | FICHIER de politique (remplace celle de la config)")).env("TELETRAVAIL_POLICY"))
    .option("--baseline <report.json>", tr("ne fait échouer que sur ce qui est nouveau ou pire que dans ce rapport JSON précédent"))
    .option("--catalog <dir...>", tr("fiches d'outils supplémentaires (celles de l'organisation), fusionnées au catalogue"))
    .addOption(new Option("--offline", tr("aucun accès réseau : les critères mesurés par sonde sont « non évalués »")).env("TELETRAVAIL_OFFLINE"))
    .addOption(
      new Option("--timeout <ms>", tr("délai maximal d'une sonde, redirections comprises")).argParser(positiveInt("--timeout", 120_000)).default(10_000).env("TELETRAVAIL_TIMEOUT"),
    )
    .addOption(
      new Option("--concurrency <n>", tr("sondes en parallèle")).argParser(positiveInt("--concurrency", 256)).default(16).env("TELETRAVAIL_CONCURRENCY"),
    )
    .option("--no-proxy", tr("ignore HTTP_PROXY / HTTPS_PROXY : sonde en direct"))
    .addHelpText("after", lang === "en" ? HELP_AUDIT_EN : HELP_AUDIT_FR)
    .action(async (configArgs: string[], o: AuditOptions) => {
      const h = await heavy();
      const g = globals();
      const lang = langOf(g, io.env);
      let args = configArgs;
      let interviewed: { yaml: string; tmp: string } | undefined;
      if (args.length === 0 && !h.discoverConfig(io.cwd()) && io.isTTY && io.stdinIsTTY) {
        // No config on a terminal: interview the user, then audit the answers as a file would be.
        const { yaml } = await h.runInterview(lang, CATALOG);
        const tmp = join(mkdtempSync(join(tmpdir(), "teletravail-")), "teletravail.yaml");
        writeFileSync(tmp, yaml);
        interviewed = { yaml, tmp };
        args = [tmp];
      }
      if (args.length === 0) {
        const found = h.discoverConfig(io.cwd());
        if (!found)
          throw new UsageError(
            lang === "fr" ? "aucun fichier teletravail.yaml ni .teletravail.yaml dans le dossier courant" : "no teletravail.yaml or .teletravail.yaml in the current folder",
            lang === "fr"
              ? "passer le chemin d'une configuration : teletravail audit chemin/vers/config.yaml (exemples dans examples/)"
              : "pass a config path: teletravail audit path/to/config.yaml (examples in examples/)",
          );
        args = [found];
      }
      const { files, fleet } = h.expandConfigArgs(args);
      if (fleet && o.baseline) throw new UsageError("--baseline", lang === "fr" ? "--baseline s'utilise avec une seule configuration" : "--baseline works with a single config");
      if (!fleet && o.outputDir) throw new UsageError("--output-dir", lang === "fr" ? "--output-dir s'utilise avec plusieurs configurations ou un dossier" : "--output-dir needs several configs or a folder");
      const outputs = o.output.map((file) => ({ file, format: formatFor(file, o.output.length === 1 ? o.format : undefined, lang) }));
      const baseline = o.baseline ? await h.readJsonReport(o.baseline) : undefined;
      // Check where reports go before auditing (and probing): a wrong path fails at once, not after the work.
      if (o.outputDir) h.ensureDir(o.outputDir);
      for (const out of outputs)
        if (!existsSync(dirname(resolve(out.file))))
          throw new InputError([{ file: out.file, path: [], code: "FILE_UNWRITABLE", detail: "ENOENT" }]);
      const bar = progress(io, lang, io.stderrIsTTY === true && !g.quiet && !io.env.CI);
      let result: Awaited<ReturnType<Heavy["runFleet"]>>;
      try {
        result = await h.runFleet({
          files,
          catalog: { ...CATALOG, extraDirs: o.catalog ?? [] },
          ...(o.policy !== undefined ? { policy: o.policy } : {}),
          lang,
          failOn: o.failOn,
          now: io.now().toISOString(),
          version: VERSION,
          offline: o.offline === true || o.offline === "1" || o.offline === "true",
          probe: { timeoutMs: o.timeout, concurrency: o.concurrency, useProxy: o.proxy, env: io.env },
          ...(bar.update ? { onProgress: bar.update } : {}),
        });
      } finally {
        bar.clear();
      }
      if (result.vantage.seemsOffline && !g.quiet)
        io.stderr(
          lang === "fr"
            ? "teletravail : aucun nom ne se résout depuis ce poste, qui semble hors ligne ; l'accessibilité n'est pas évaluée (relancer connecté, ou avec --offline).\n"
            : "teletravail: no name resolves from this machine, which seems offline; reachability is not assessed (run again online, or with --offline).\n",
        );
      // Config positions (for SARIF) are worked out once per report, however many formats are written.
      const positions = new Map<FleetEntry, ReturnType<Heavy["sourcePositions"]>>();
      const sourceOf = (entry: FleetEntry) => {
        const known = positions.get(entry);
        if (known) return known;
        const p = h.sourcePositions(entry.report, entry.source, entry.file);
        positions.set(entry, p);
        return p;
      };
      const render = (entry: FleetEntry, format: Format, color: boolean) =>
        h.RENDERERS[format](entry.report, { lang, color, catalog: result.catalog, source: sourceOf(entry) });

      if (!fleet) {
        const single = result.errors[0];
        if (single) throw single.error;
        const entry = result.entries[0] as FleetEntry;
        if (baseline) entry.report = h.applyBaseline(entry.report, baseline, o.failOn);
        if (outputs.length === 0) io.stdout(render(entry, o.format ?? "terminal", (o.format ?? "terminal") === "terminal" && useColor(g.color, io)));
        for (const out of outputs) {
          h.writeFileAtomic(out.file, render(entry, out.format, false));
          if (!g.quiet) io.stderr(`${lang === "fr" ? "Rapport écrit dans" : "Report written to"} ${out.file}\n`);
        }
        if (baseline && !g.quiet) {
          const b = entry.report.baseline;
          if (b) io.stderr(`${MESSAGES[lang].diff.baseline(b.new, b.worse, b.fixed)}\n`);
        }
        state.exitCode = entry.report.summary.verdict === "fail" ? 1 : 0;
        if (interviewed) await offerSave(h, io, lang, interviewed.yaml, Boolean(g.quiet));
        return;
      }

      // Several organisations: one report each in --output-dir, one summary on stdout (or -o).
      for (const err of result.errors) for (const p of err.error.problems) io.stderr(`${formatProblem(p, lang)}\n`);
      if (o.outputDir) {
        const format = o.format ?? "json";
        const used = new Set<string>();
        for (const entry of result.entries) {
          const base = basename(entry.file).replace(/\.(ya?ml|json)$/i, "");
          let name = `${base}${FORMAT_EXT[format]}`;
          for (let i = 2; used.has(name); i++) name = `${base}-${i}${FORMAT_EXT[format]}`;
          used.add(name);
          h.writeFileAtomic(join(o.outputDir, name), render(entry, format, false));
        }
        if (!g.quiet) io.stderr(`${MESSAGES[lang].fleet.written(result.entries.length, o.outputDir)}\n`);
      }
      const summary = h.summariseFleet(result.entries, result.errors.map((e) => e.file));
      const summaryFormat = (f: Format | undefined): SummaryFormat => (f === "markdown" || f === "json" ? f : "terminal");
      const opts = { lang, catalog: result.catalog };
      if (outputs.length === 0) io.stdout(h.renderFleet(summary, summaryFormat(o.outputDir ? undefined : o.format), { ...opts, color: useColor(g.color, io) }));
      for (const out of outputs) h.writeFileAtomic(out.file, h.renderFleet(summary, summaryFormat(out.format), { ...opts, color: false }));
      state.exitCode = result.errors.length ? 2 : result.entries.some((e) => e.report.summary.verdict === "fail") ? 1 : 0;
    });

  program
    .command("diff")
    .description(tr("résume ce qui a changé entre deux rapports JSON (outils, verdicts, constats)"))
    .argument("<before.json>", tr("rapport précédent"))
    .argument("<after.json>", tr("rapport récent"))
    .addOption(new Option("-f, --format <format>", tr("format")).choices(["terminal", "markdown", "json"]).default("terminal"))
    .addOption(new Option("--fail-on <severity>", tr("code de sortie 1 si un constat nouveau ou aggravé atteint cette gravité")).choices([...FAIL_ON]).default("none"))
    .action(async (a: string, b: string, o: { format: SummaryFormat; failOn: FailOn }) => {
      const h = await heavy();
      const g = globals();
      const lang = langOf(g, io.env);
      const before = await h.readJsonReport(a);
      const after = await h.readJsonReport(b);
      const d = h.diffReports(before, after);
      const { catalog: cat } = h.loadCatalog(CATALOG);
      io.stdout(h.renderDiff(d, o.format, { lang, color: o.format === "terminal" && useColor(g.color, io), catalog: cat }));
      state.exitCode = h.exitCodeFor([...d.newFindings, ...d.worseFindings.map((w) => w.finding)].map((f) => ({ ...f, waived: false })), o.failOn);
    });

  program
    .command("schema")
    .description(tr("affiche le schéma JSON de teletravail.yaml, pour la validation et la complétion dans les éditeurs"))
    .addHelpText(
      "after",
      "\nExemple :\n  $ teletravail schema > teletravail.schema.json\n  puis, en tête de teletravail.yaml :\n  # yaml-language-server: $schema=./teletravail.schema.json",
    )
    .action(async () => {
      const h = await heavy();
      io.stdout(`${JSON.stringify(h.configJsonSchema(), null, 2)}\n`);
    });

  program
    .command("init")
    .description(tr("entretien guidé, puis écriture d'un teletravail.yaml commenté"))
    .option("-o, --output <file>", tr("fichier à écrire"), "teletravail.yaml")
    .option("--force", tr("remplace le fichier s'il existe, sans demander"))
    .action(async (o: { output: string; force?: boolean }) => {
      const h = await heavy();
      const lang = langOf(globals(), io.env);
      if (!io.isTTY || !io.stdinIsTTY)
        throw new UsageError(
          lang === "fr" ? "« init » pose des questions : il lui faut un terminal interactif" : '"init" asks questions: it needs an interactive terminal',
          lang === "fr"
            ? "partir d'un exemple (examples/) ou de « teletravail schema », puis : teletravail audit teletravail.yaml"
            : 'start from an example (examples/) or from "teletravail schema", then: teletravail audit teletravail.yaml',
        );
      if (existsSync(o.output) && !o.force && !(await h.ask(lang === "fr" ? `${o.output} existe déjà : le remplacer ?` : `${o.output} exists: replace it?`, false))) {
        io.stderr(lang === "fr" ? "Rien n'a été écrit.\n" : "Nothing was written.\n");
        return;
      }
      const { yaml } = await h.runInterview(lang, CATALOG);
      h.writeFileAtomic(o.output, yaml);
      io.stderr(
        lang === "fr"
          ? `Configuration écrite dans ${o.output}. Audit : teletravail audit ${o.output}\n`
          : `Config written to ${o.output}. Audit: teletravail audit ${o.output}\n`,
      );
    });

  program
    .command("probe")
    .description(tr("sonde des URL comme l'audit le ferait : accessibilité, TLS, HSTS, redirections, en-têtes"))
    .argument("<url...>", tr("URL http:// ou https://"))
    .option("--json", tr("sortie JSON (même schéma que le rapport d'audit)"))
    .addOption(new Option("--fail-on <severity>", tr("gravité à partir de laquelle le code de sortie est 1")).choices([...FAIL_ON]).default("high"))
    .option("--timeout <ms>", tr("délai maximal d'une sonde"), positiveInt("--timeout", 120_000), 10_000)
    .option("--concurrency <n>", tr("sondes en parallèle"), positiveInt("--concurrency", 256), 16)
    .option("--no-proxy", tr("ignore HTTP_PROXY / HTTPS_PROXY"))
    .addHelpText("after", "\nExemple :\n  $ teletravail probe https://cloud.example.fr https://visio.example.fr --json")
    .action(async (urls: string[], o: { json?: boolean; failOn: FailOn; timeout: number; concurrency: number; proxy: boolean }) => {
      const h = await heavy();
      const g = globals();
      const lang = langOf(g, io.env);
      for (const u of urls) {
        if (!/^https?:\/\/[^/]/i.test(u) || !URL.canParse(u))
          throw new UsageError(lang === "fr" ? `URL invalide : ${u.replace(/\/\/[^/@]*@/, "//***@")}` : `invalid URL: ${u.replace(/\/\/[^/@]*@/, "//***@")}`, "https://exemple.fr");
        if (/^https?:\/\/[^/?#]*@/i.test(u))
          throw new UsageError(
            lang === "fr" ? "pas d'identifiant ni de mot de passe dans l'URL : ils finiraient dans le rapport" : "no user name or password in the URL: they would end up in the report",
            u.replace(/\/\/[^/@]*@/, "//"),
          );
      }
      const bar = progress(io, lang, io.stderrIsTTY === true && !g.quiet && !io.env.CI);
      let r: Awaited<ReturnType<Heavy["probeUrls"]>>;
      try {
        r = await h.probeUrls({
          urls: [...new Set(urls)],
          catalog: CATALOG,
          now: io.now().toISOString(),
          version: VERSION,
          lang,
          failOn: o.failOn,
          probe: { timeoutMs: o.timeout, concurrency: o.concurrency, useProxy: o.proxy, env: io.env },
          ...(bar.update ? { onProgress: bar.update } : {}),
        });
      } finally {
        bar.clear();
      }
      const opts = { lang, color: useColor(g.color, io), catalog: r.catalog };
      io.stdout(o.json ? h.RENDERERS.json(r.report, opts) : h.renderProbeReport(r.report, opts));
      state.exitCode = h.exitCodeFor(r.report.findings, o.failOn);
    });

  const catalog = program.command("catalog").description(tr("consulte et valide le catalogue d'outils"));
  catalog
    .command("list")
    .description(tr("liste les outils du catalogue"))
    .option("-c, --category <id>", tr("seulement cette catégorie"))
    .option("--json", tr("sortie JSON"))
    .option("--catalog <dir...>", tr("fiches supplémentaires"))
    .action(async (o: { category?: string; json?: boolean; catalog?: string[] }) => {
      const h = await heavy();
      const lang = langOf(globals(), io.env);
      const { catalog: cat } = h.loadCatalog({ ...CATALOG, extraDirs: o.catalog ?? [] });
      if (o.category && !cat.categories.some((c) => c.id === o.category))
        throw new UsageError(`--category ${o.category}`, cat.categories.map((c) => c.id).join(" | "));
      const tools = cat.tools.filter((t) => !o.category || t.categories.includes(o.category));
      if (o.json) io.stdout(`${JSON.stringify(tools, null, 2)}\n`);
      else io.stdout(h.renderCatalogList(tools, { lang, color: useColor(globals().color, io), catalog: cat }));
    });
  catalog
    .command("show")
    .description(tr("affiche la fiche d'un outil, avec la source et la date de chaque fait"))
    .argument("<tool>", tr("identifiant, nom ou alias (« MS Teams », « gdrive »…)"))
    .option("--json", tr("sortie JSON"))
    .option("--catalog <dir...>", tr("fiches supplémentaires"))
    .action(async (name: string, o: { json?: boolean; catalog?: string[] }) => {
      const h = await heavy();
      const lang = langOf(globals(), io.env);
      const { catalog: cat, index } = h.loadCatalog({ ...CATALOG, extraDirs: o.catalog ?? [] });
      const tool = h.findTool(index, name);
      if (!tool) {
        const sug = h.suggestTools(index, name);
        throw new UsageError(
          lang === "fr" ? `outil « ${name} » absent du catalogue` : `tool "${name}" is not in the catalogue`,
          sug.length ? (lang === "fr" ? `vouliez-vous dire ${sug.join(", ")} ?` : `did you mean ${sug.join(", ")}?`) : "teletravail catalog list",
        );
      }
      if (o.json) io.stdout(`${JSON.stringify(tool, null, 2)}\n`);
      else io.stdout(h.renderToolCard(tool, { lang, color: useColor(globals().color, io), catalog: cat }));
    });
  catalog
    .command("validate")
    .description(tr("valide un dossier de catalogue (par défaut celui fourni) : schéma, sources, références croisées"))
    .argument("[dir]", tr("dossier à valider"))
    .action(async (dir: string | undefined) => {
      const h = await heavy();
      const lang = langOf(globals(), io.env);
      if (dir) {
        // An organisation's folder is checked merged over the shipped catalogue, as an audit would use it.
        const { catalog: cat } = h.loadCatalog({ builtinDir: CATALOG.builtinDir, extraDirs: [dir] });
        const own = h.readCatalogDir(dir).tools.length;
        io.stdout(lang === "fr" ? `${dir} : ${own} fiche(s) valide(s) (${cat.tools.length} outils une fois fusionné)\n` : `${dir}: ${own} valid entr${own === 1 ? "y" : "ies"} (${cat.tools.length} tools once merged)\n`);
      } else {
        const { catalog: cat } = h.loadCatalog({ builtinDir: CATALOG.builtinDir });
        io.stdout(lang === "fr" ? `catalogue ${cat.version} valide : ${cat.tools.length} outils, ${cat.categories.length} catégories\n` : `catalogue ${cat.version} valid: ${cat.tools.length} tools, ${cat.categories.length} categories\n`);
      }
    });

  program
    .command("criteria")
    .description(tr("liste les critères : identifiant, gravité par défaut, ce qui les déclenche, références"))
    .option("--json", tr("sortie JSON"))
    .action(async (o: { json?: boolean }) => {
      const h = await heavy();
      const lang = langOf(globals(), io.env);
      const { catalog: cat } = h.loadCatalog(CATALOG);
      const m = MESSAGES[lang];
      const rows = h.CRITERIA.flatMap((c) => {
        const ids = c.id === "COVER-CATEGORY" ? cat.categories.filter((x) => x.cover).map((x) => ({ id: h.coverRule(x.id), severity: x.cover ?? c.severity })) : [{ id: c.id, severity: c.severity }];
        return ids.map((r) => ({
          id: r.id,
          scope: c.scope,
          severity: r.severity,
          requires: [...c.requires],
          title: ruleText(m, r.id).title,
          remediation: ruleText(m, r.id).remediation,
          references: [...c.references],
        }));
      });
      if (o.json) io.stdout(`${JSON.stringify({ criteria: rows, policies: Object.keys(h.BUILTIN) }, null, 2)}\n`);
      else io.stdout(h.renderCriteria(rows, { lang, color: useColor(globals().color, io), catalog: cat }));
    });
  return program;
}

/** Commander's own error messages, in French. */
function commanderFr(s: string): string {
  return s
    .replace(/^error: unknown command '([^']*)'/m, "erreur : commande inconnue « $1 »")
    .replace(/^error: unknown option '([^']*)'/m, "erreur : option inconnue « $1 »")
    .replace(/^error: missing required argument '([^']*)'/m, "erreur : argument obligatoire manquant « $1 »")
    .replace(/^error: option '([^']*)' argument missing/m, "erreur : l'option « $1 » attend une valeur")
    .replace(/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./m, "erreur : valeur « $2 » invalide pour « $1 » ; valeurs possibles : $3.")
    .replace(/^error: too many arguments.*$/m, "erreur : trop d'arguments")
    .replace(/\(Did you mean (.*)\?\)/, "(vouliez-vous dire $1 ?)");
}

/** After an interview: offer to keep the answers, never overwriting a file without asking. */
async function offerSave(h: Heavy, io: Io, lang: Lang, yaml: string, quiet: boolean): Promise<void> {
  const fr = lang === "fr";
  if (!(await h.ask(fr ? "Enregistrer vos réponses dans un fichier teletravail.yaml (pour la prochaine fois, ou la CI) ?" : "Save your answers to a teletravail.yaml file (for next time, or CI)?", true))) return;
  const file = (await h.askText(fr ? "Fichier :" : "File:", "teletravail.yaml")).trim() || "teletravail.yaml";
  if (existsSync(file) && !(await h.ask(fr ? `${file} existe déjà : le remplacer ?` : `${file} exists: replace it?`, false))) {
    io.stderr(fr ? "Rien n'a été écrit.\n" : "Nothing was written.\n");
    return;
  }
  h.writeFileAtomic(file, yaml);
  if (!quiet) io.stderr(fr ? `Réponses enregistrées dans ${file}.\n` : `Answers saved to ${file}.\n`);
}

/** Run the CLI; returns the exit code. Never throws. */
export async function main(argv: string[], io: Io): Promise<number> {
  const state = { exitCode: 0 };
  const debug = argv.includes("--debug");
  const li = argv.indexOf("--lang");
  const langArg = li >= 0 ? argv[li + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  const lang: Lang = (langArg ?? io.env.TELETRAVAIL_LANG) === "en" ? "en" : "fr";
  const program = buildProgram(io, state, lang);
  try {
    await program.parseAsync(argv, { from: "user" });
    return state.exitCode;
  } catch (e) {
    // Ctrl-C at a prompt: inquirer says the user left; nothing has been written.
    if ((e as Error)?.name === "ExitPromptError") return 130;
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      return 2;
    }
    if (e instanceof InputError) {
      for (const p of e.problems) io.stderr(`${formatProblem(p, lang)}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr(`teletravail: ${e.message}\n${e.hint ? `  → ${e.hint}\n` : ""}`);
      return 2;
    }
    const err = e as Error;
    io.stderr(
      lang === "fr"
        ? `teletravail : erreur interne : ${err?.message ?? String(e)}\n${debug ? `${err?.stack ?? ""}\n` : "  → relancer avec --debug pour la pile d'appel, et signaler le problème\n"}`
        : `teletravail: internal error: ${err?.message ?? String(e)}\n${debug ? `${err?.stack ?? ""}\n` : "  → run again with --debug for the stack trace, and report the problem\n"}`,
    );
    return 3;
  }
}
