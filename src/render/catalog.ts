import { byString } from "../core/compare.js";
import { Chalk } from "chalk";
import type { Provenance, Tool } from "../model/catalog.js";
import type { Severity } from "../model/severity.js";
import { MESSAGES } from "./messages/index.js";
import { helpers, type RenderOptions, sanitize } from "./text.js";

const L = {
  fr: {
    id: "identifiant",
    vendor: "éditeur",
    hosting: "hébergement",
    options: "options",
    transfers: "transferts",
    dpa: "contrat art. 28",
    licence: "licence",
    selfHost: "auto-hébergeable",
    e2ee: "chiffrement de bout en bout",
    business: "modèle économique",
    mfa: "double authentification",
    odf: "ODF",
    secnumcloud: "SecNumCloud",
    certifications: "certifications",
    lifecycle: "cycle de vie",
    gip: "fiche GIP 2020",
    alternatives: "alternatives",
    aliases: "alias",
    categories: "catégories",
    probe: "URL sondées",
    yes: "oui",
    no: "non",
    successor: "successeur",
    criteria: "Critères",
    scope: { tool: "outil", organisation: "organisation", coverage: "couverture", instance: "instance (sonde)" },
    probeNote: "mesuré par sonde HTTP",
    values: {
      active: "actif",
      renamed: "renommé",
      closing: "fermeture annoncée",
      discontinued: "arrêté",
      none: "aucun",
      optional: "optionnel",
      partial: "partiel",
      default: "par défaut",
      unknown: "non vérifié",
      published: "publié",
      yes: "oui",
      no: "non",
      native: "natif",
      qualified: "qualifié",
      "in-progress": "en cours",
      "not-listed": "non inscrit",
      listed: "inscrit",
      recommended: "recommandé",
      alternative: "alternative",
      paid: "payant",
      freemium: "freemium",
      free: "gratuit",
      donations: "dons",
      "public-service": "service public",
      ads: "publicité",
      "data-reuse": "réutilisation des données",
    } as Record<string, string>,
    tools: (n: number) => `${n} outil${n > 1 ? "s" : ""}`,
  },
  en: {
    id: "id",
    vendor: "vendor",
    hosting: "hosting",
    options: "options",
    transfers: "transfers",
    dpa: "art. 28 agreement",
    licence: "licence",
    selfHost: "self-hostable",
    e2ee: "end-to-end encryption",
    business: "business model",
    mfa: "multi-factor authentication",
    odf: "ODF",
    secnumcloud: "SecNumCloud",
    certifications: "certifications",
    lifecycle: "lifecycle",
    gip: "2020 GIP sheet",
    alternatives: "alternatives",
    aliases: "aliases",
    categories: "categories",
    probe: "probed URLs",
    yes: "yes",
    no: "no",
    successor: "successor",
    criteria: "Criteria",
    scope: { tool: "tool", organisation: "organisation", coverage: "coverage", instance: "instance (probe)" },
    probeNote: "measured by HTTP probe",
    values: {} as Record<string, string>,
    tools: (n: number) => `${n} tool${n === 1 ? "" : "s"}`,
  },
};

export function renderCatalogList(tools: readonly Tool[], opts: RenderOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const h = helpers(opts);
  const w = Math.max(4, ...tools.map((t) => t.id.length));
  const lines = tools
    .slice()
    .sort((a, b) =>byString( a.id, b.id))
    .map((t) => {
      const st = t.lifecycle.status;
      const status = st === "active" ? "" : c.yellow(` [${L[opts.lang].values[st] ?? st}${t.lifecycle.date ? ` ${t.lifecycle.date}` : ""}]`);
      return `${c.bold(t.id.padEnd(w))}  ${t.name}${status}  ${c.dim(t.categories.map((x) => h.categoryName(x)).join(", "))}`;
    });
  return `${lines.join("\n")}\n${c.dim(L[opts.lang].tools(tools.length))}\n`;
}

export function renderToolCard(t: Tool, opts: RenderOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const l = L[opts.lang];
  const m = MESSAGES[opts.lang];
  const h = helpers(opts);
  const out: string[] = [];
  const prov = (p: Provenance) => {
    const conf = p.confidence === "verified" ? c.green(m.confidence.verified) : c.yellow(m.confidence[p.confidence]);
    return `\n      ${c.dim(`${m.ui.source}: ${sanitize(p.source, 300)} · ${m.ui.checked} ${p.checked} ·`)} ${conf}${p.note ? c.dim(`\n      ${sanitize(p.note, 400)}`) : ""}`;
  };
  const row = (label: string, value: string, p?: Provenance) => out.push(`  ${c.bold(label.padEnd(28))} ${value}${p ? prov(p) : ""}`);
  const v = (x: string) => l.values[x] ?? x;
  out.push(`${c.bold(t.name)} ${c.dim(`(${t.id})`)}`);
  out.push(`  ${t.summary[opts.lang]}`);
  out.push("");
  row(l.categories, t.categories.map((x) => h.categoryName(x)).join(", "));
  if (t.aliases.length) row(l.aliases, t.aliases.join(", "));
  const lc = t.lifecycle;
  const lcText = `${lc.status === "active" ? c.green(v(lc.status)) : c.yellow.bold(v(lc.status))}${lc.date ? ` ${lc.date}` : ""}${lc.successor ? ` → ${l.successor}: ${h.toolName(lc.successor)}` : ""}`;
  row(l.lifecycle, lcText, lc);
  const vd = t.vendor;
  row(l.vendor, `${vd.name}${vd.country ? ` (${vd.country})` : ""}${vd.parent ? `, ${vd.parent}${vd.parent_country ? ` (${vd.parent_country})` : ""}` : ""}`, vd);
  if (t.hosting) row(l.hosting, `${t.hosting.regions.join(", ")}${t.hosting.options ? ` · ${l.options}: ${t.hosting.options.join(", ")}` : ""}`, t.hosting);
  if (t.transfers) row(l.transfers, `DPF ${v(t.transfers.dpf)} · SCC ${v(t.transfers.scc)}`, t.transfers);
  if (t.dpa) row(l.dpa, `${v(t.dpa.value)}${t.dpa.url ? ` ${t.dpa.url}` : ""}`, t.dpa);
  row(l.licence, `${t.licence.spdx}${t.licence.repo ? ` ${t.licence.repo}` : ""}`, t.licence);
  row(l.selfHost, t.self_hostable.value ? l.yes : l.no, t.self_hostable);
  if (t.e2ee) row(l.e2ee, v(t.e2ee.value), t.e2ee);
  if (t.business_model) row(l.business, v(t.business_model.value), t.business_model);
  if (t.mfa) row(l.mfa, v(t.mfa.value), t.mfa);
  if (t.odf) row(l.odf, v(t.odf.value), t.odf);
  if (t.secnumcloud) row(l.secnumcloud, v(t.secnumcloud.value), t.secnumcloud);
  if (t.certifications) row(l.certifications, t.certifications.values.join(", "), t.certifications);
  if (t.gip2020) row(l.gip, v(t.gip2020.classification), t.gip2020);
  if (t.alternatives.length) row(l.alternatives, t.alternatives.map((a) => h.toolName(a)).join(", "));
  if (t.probe?.urls.length) row(l.probe, t.probe.urls.join(", "));
  return `${out.join("\n")}\n`;
}

export interface CriterionRow {
  id: string;
  scope: "tool" | "organisation" | "coverage" | "instance";
  severity: Severity;
  requires: string[];
  title: string;
  remediation: string;
  references: string[];
}

export function renderCriteria(rows: readonly CriterionRow[], opts: RenderOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const l = L[opts.lang];
  const m = MESSAGES[opts.lang];
  const w = Math.max(...rows.map((r) => r.id.length));
  const out = [c.bold.underline(l.criteria)];
  for (const r of rows) {
    out.push(`${c.bold(r.id.padEnd(w))}  ${m.severity[r.severity].padEnd(8)} ${c.dim(l.scope[r.scope].padEnd(16))} ${r.title}${r.requires.length ? c.dim(` (${l.probeNote})`) : ""}`);
    out.push(`${" ".repeat(w + 2)}${c.dim(r.remediation)}`);
    for (const ref of r.references) out.push(`${" ".repeat(w + 2)}${c.dim(`↳ ${ref}`)}`);
  }
  return `${out.join("\n")}\n`;
}
