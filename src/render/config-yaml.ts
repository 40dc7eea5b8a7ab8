import type { Catalog } from "../model/catalog.js";
import { type Config, PRACTICES } from "../model/config.js";
import { MESSAGES, type Lang } from "./messages/index.js";

/** A YAML scalar: JSON's double-quoted strings are valid YAML, and safe for any text. */
const q = (s: string) => JSON.stringify(s);
/** A comment line never breaks out of the comment. */
const comment = (s: string) => s.replace(/[\r\n]+/g, " ");

const HEAD = {
  fr: [
    "# teletravail.yaml — outils de télétravail de l'organisation, et bons réflexes.",
    "# Écrit par « teletravail init » ; à modifier librement. Relancer l'audit : teletravail audit teletravail.yaml",
    "# Référence des clés : teletravail schema ; critères : teletravail criteria ; outils : teletravail catalog list",
  ],
  en: [
    "# teletravail.yaml — the organisation's remote-work tools, and good practices.",
    "# Written by \"teletravail init\"; edit freely. Audit again: teletravail audit teletravail.yaml",
    "# Keys: teletravail schema; criteria: teletravail criteria; tools: teletravail catalog list",
  ],
};

/** The config as a commented teletravail.yaml that audits exactly as the config it came from. */
export function configToYaml(config: Config, catalog: Catalog, lang: Lang): string {
  const m = MESSAGES[lang];
  const o = config.organisation;
  const out = [...HEAD[lang], "version: 1", "organisation:", `  name: ${q(o.name)}`, `  type: ${o.type}  # ${comment(m.orgType[o.type])}`];
  if (o.population !== undefined) out.push(`  population: ${o.population}`);
  out.push(`  sensitive_data: ${o.sensitive_data}`);
  if (o.prefers_france) out.push("  prefers_france: true");
  out.push(typeof config.policy === "string" ? `policy: ${config.policy}` : `policy: ${JSON.stringify(config.policy)}`);
  out.push(config.tools.length ? "tools:" : "tools: []");
  for (const t of config.tools) {
    if ("tool" in t) {
      const tool = catalog.tools.find((x) => x.id === t.tool);
      out.push(`  - tool: ${t.tool}${tool ? `  # ${comment(tool.name)}` : ""}`);
    } else {
      out.push(`  - name: ${q(t.name)}`, `    category: ${t.category}`);
    }
    if (t.url) out.push(`    url: ${q(t.url)}`);
    if (t.hosting) out.push(`    hosting: { country: ${t.hosting.country}${t.hosting.provider ? `, provider: ${q(t.hosting.provider)}` : ""} }`);
    if (t.access === "vpn") out.push("    access: vpn");
    if (t.notes) out.push(`    notes: ${q(t.notes)}`);
  }
  const answered = PRACTICES.filter((p) => config.practices[p] !== undefined);
  out.push(answered.length ? `practices:  # yes | no | partial | unknown` : "practices: {}");
  for (const p of answered) out.push(`  ${p}: ${config.practices[p]}  # ${comment(m.practices[p].label)}`);
  if (config.exceptions.length) {
    out.push("exceptions:");
    for (const w of config.exceptions)
      out.push(`  - rule: ${w.rule}`, ...(w.tool ? [`    tool: ${q(w.tool)}`] : []), `    reason: ${q(w.reason)}`, `    expires: ${w.expires}`);
  }
  return `${out.join("\n")}\n`;
}
