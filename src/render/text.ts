import { criterionOf } from "../core/criteria/cover-category.js";
import type { Catalog } from "../model/catalog.js";
import type { ReportFinding } from "../model/report.js";
import { type Lang, MESSAGES, type MessageHelpers, type Messages } from "./messages/index.js";

export interface RenderOptions {
  lang: Lang;
  color: boolean;
  /** Names of tools and categories (a report can mention tools it does not use: successors, alternatives). */
  catalog: Catalog;
  /** The config file and where each key path starts in it (for SARIF locations). */
  source?: { uri: string; positions: ReadonlyMap<string, { line: number; column: number }> };
}

/** Key of a config path in `RenderOptions.source.positions`. */
export function pathKey(path: readonly (string | number)[]): string {
  return JSON.stringify(path);
}

/**
 * Make untrusted text inert: drop C0/C1 control characters (escape sequences start with ESC or CSI),
 * bidi overrides and zero-width characters, and cap the length.
 */
export function sanitize(text: string, max = 300): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, " ");
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();
/** Creating an Intl formatter costs milliseconds: one per language, made once. */
function dateFormat(lang: "fr" | "en"): Intl.DateTimeFormat {
  let f = DATE_FORMATS.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long", timeZone: "UTC" });
    DATE_FORMATS.set(lang, f);
  }
  return f;
}

export function helpers(opts: RenderOptions): MessageHelpers {
  const tools = new Map(opts.catalog.tools.map((t) => [t.id, t.name]));
  const cats = new Map(opts.catalog.categories.map((c) => [c.id, c.name[opts.lang]]));
  const m = MESSAGES[opts.lang];
  const fmt = dateFormat(opts.lang);
  const conj = opts.lang === "fr" ? "ou" : "or";
  return {
    toolName: (id) => tools.get(id) ?? sanitize(id, 80),
    categoryName: (id) => cats.get(id) ?? sanitize(id, 80),
    practiceLabel: (p) => (p in m.practices ? m.practices[p as keyof Messages["practices"]].label : sanitize(p, 80)),
    probeError: (code) => (code in m.probeError ? m.probeError[code as keyof Messages["probeError"]] : sanitize(code, 40)),
    date: (iso) => {
      const d = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? sanitize(iso, 20) : fmt.format(d);
    },
    list: (items) => {
      const names = items.map((i) => (opts.lang === "fr" ? `« ${tools.get(i) ?? sanitize(i, 80)} »` : `"${tools.get(i) ?? sanitize(i, 80)}"`));
      return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} ${conj} ${names[names.length - 1]}`;
    },
  };
}

export interface FindingText {
  title: string;
  message: string;
  remediation: string;
  /** "(catalogue, non vérifié, vérifié le …)" or "" */
  provenance: string;
}

export function ruleText(m: Messages, rule: string): { title: string; remediation: string } {
  return (m.rules as Record<string, { title: string; remediation: string }>)[criterionOf(rule)] ?? { title: rule, remediation: "" };
}

export function findingText(f: ReportFinding, opts: RenderOptions, h = helpers(opts)): FindingText {
  const m = MESSAGES[opts.lang];
  const template = (m.codes as Record<string, ((a: ReportFinding["args"], hh: MessageHelpers) => string) | undefined>)[f.code];
  const sanitizedArgs = Object.fromEntries(
    Object.entries(f.args).map(([k, v]) => [k, typeof v === "string" ? sanitize(v, 120) : Array.isArray(v) ? v.map((x) => sanitize(x, 120)) : v]),
  );
  const message = template ? template(sanitizedArgs, h) : f.code;
  const { title, remediation } = ruleText(m, f.rule);
  let provenance = "";
  const e = f.evidence;
  if (e.origin === "catalogue") {
    const parts = [m.origin.catalogue];
    if (e.confidence && e.confidence !== "verified") parts.push(m.confidence[e.confidence]);
    if (!e.source) parts.push(m.confidence.unverified);
    if (e.checked) parts.push(`${m.ui.checked} ${e.checked}`);
    provenance = `(${parts.join(", ")})`;
  }
  return { title, message, remediation, provenance };
}
