// The interview: what a town-hall secretary or a DPO answers instead of writing teletravail.yaml.
// Prompts come in through `PromptApi`, so tests drive it with scripted answers and the CLI with inquirer.
import { findTool, suggestTools, type ToolIndex } from "../core/match.js";
import type { Catalog } from "../model/catalog.js";
import { ANSWERS, type Answer, type Config, ConfigSchema, ORG_TYPES, type OrgType, PRACTICES } from "../model/config.js";
import { MESSAGES, type Lang } from "../render/messages/index.js";
import type { SearchChoice } from "./prompts/search-checkbox.js";

export interface PromptApi {
  input(o: { message: string; default?: string; validate?: (v: string) => true | string }): Promise<string>;
  select<T extends string>(o: { message: string; choices: { name: string; value: T; description?: string }[]; default?: T }): Promise<T>;
  confirm(o: { message: string; default?: boolean }): Promise<boolean>;
  searchCheckbox(o: { message: string; choices: SearchChoice[] }): Promise<string[]>;
}

const COUNCIL_TYPES: OrgType[] = ["commune", "epci", "syndicat", "departement", "region"];

const T = {
  fr: {
    name: "Nom de l'organisation :",
    type: "Type d'organisation :",
    population: "Population ou effectif approximatif (Entrée pour passer) :",
    populationInvalid: "un nombre entier, ou rien",
    sensitive: "Traitez-vous des données sensibles (santé, social, état civil…) dans ces outils ?",
    tools: "Quels outils utilisez-vous ?",
    other: "Autres outils, hors de la liste (séparés par des virgules ; Entrée si aucun) :",
    didYouMean: (w: string) => `« ${w} » : vouliez-vous dire… ?`,
    keep: (w: string) => `Non, garder « ${w} » comme outil hors catalogue`,
    category: (w: string) => `Catégorie de « ${w} » :`,
    url: (n: string) => `Adresse de votre propre instance de ${n} (Entrée si vous utilisez le service de l'éditeur) :`,
    urlInvalid: "une adresse https://… ou http://…, ou rien",
    country: (n: string) => `Pays d'hébergement de votre instance de ${n} (code ISO, ex. FR) :`,
    countryInvalid: "deux lettres majuscules, par exemple FR ou DE",
    vpn: (n: string) => `${n} n'est-il accessible que par le VPN ?`,
    practice: (label: string) => `Bon réflexe : ${label} ?`,
    answers: { yes: "oui", no: "non", partial: "en partie", unknown: "je ne sais pas" } as Record<Answer, string>,
    filter: "(tapez pour filtrer) ",
    help: "↑↓ se déplacer · espace cocher · Entrée valider",
    keys: { navigate: "se déplacer", select: "choisir" } as Record<string, string>,
    selected: (n: number) => `${n} sélectionné${n > 1 ? "s" : ""}`,
    none: "aucun",
  },
  en: {
    name: "Organisation name:",
    type: "Type of organisation:",
    population: "Approximate population or headcount (Enter to skip):",
    populationInvalid: "a whole number, or nothing",
    sensitive: "Do you handle sensitive data (health, social services, civil status…) in these tools?",
    tools: "Which tools do you use?",
    other: "Other tools, not in the list (comma-separated; Enter if none):",
    didYouMean: (w: string) => `"${w}": did you mean…?`,
    keep: (w: string) => `No, keep "${w}" as a tool outside the catalogue`,
    category: (w: string) => `Category of "${w}":`,
    url: (n: string) => `Address of your own ${n} instance (Enter if you use the vendor's service):`,
    urlInvalid: "an https://… or http://… address, or nothing",
    country: (n: string) => `Hosting country of your ${n} instance (ISO code, e.g. FR):`,
    countryInvalid: "two capital letters, for example FR or DE",
    vpn: (n: string) => `Is ${n} reachable only through the VPN?`,
    practice: (label: string) => `Good practice: ${label}?`,
    answers: { yes: "yes", no: "no", partial: "partly", unknown: "don't know" } as Record<Answer, string>,
    filter: "(type to filter) ",
    help: "↑↓ move · space select · Enter confirm",
    keys: { navigate: "move", select: "choose" } as Record<string, string>,
    selected: (n: number) => `${n} selected`,
    none: "none",
  },
};

export function interviewTexts(lang: Lang) {
  return T[lang];
}

/** Ask everything a config holds; the answers go through the same schema as a file. */
export async function interview(api: PromptApi, catalog: Catalog, index: ToolIndex, lang: Lang): Promise<Config> {
  const t = T[lang];
  const m = MESSAGES[lang];
  const cats = new Map(catalog.categories.map((c) => [c.id, c.name[lang]]));

  const name = (await api.input({ message: t.name, validate: (v) => (v.trim() ? true : t.name) })).trim();
  const type = await api.select<OrgType>({ message: t.type, choices: ORG_TYPES.map((o) => ({ name: m.orgType[o], value: o })), default: "commune" });
  const popText = (await api.input({ message: t.population, validate: (v) => (v.trim() === "" || /^\d+$/.test(v.trim()) ? true : t.populationInvalid) })).trim();
  const sensitive = await api.confirm({ message: t.sensitive, default: false });

  // Tools: one filterable list of the whole catalogue, grouped by category, active tools first.
  const order = new Map(catalog.categories.map((c, i) => [c.id, i]));
  const choices: SearchChoice[] = [...catalog.tools]
    .sort((a, b) => (order.get(a.categories[0] ?? "") ?? 99) - (order.get(b.categories[0] ?? "") ?? 99) || (a.name < b.name ? -1 : 1))
    .map((tool) => ({
      value: tool.id,
      name: tool.lifecycle.status === "discontinued" ? `${tool.name} (${lang === "fr" ? "fermé" : "closed"})` : tool.name,
      group: tool.categories.map((c) => cats.get(c) ?? c).join(", "),
      keywords: tool.aliases,
    }));
  const picked = await api.searchCheckbox({ message: t.tools, choices });

  const entries: Record<string, unknown>[] = picked.map((id) => ({ tool: id }));
  const others = (await api.input({ message: t.other }))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const written of others) {
    const exact = findTool(index, written);
    if (exact) {
      if (!picked.includes(exact.id)) entries.push({ tool: exact.id });
      continue;
    }
    const sug = suggestTools(index, written);
    let chosen = "";
    if (sug.length)
      chosen = await api.select<string>({
        message: t.didYouMean(written),
        choices: [...sug.map((id) => ({ name: catalog.tools.find((x) => x.id === id)?.name ?? id, value: id })), { name: t.keep(written), value: "" }],
      });
    if (chosen) entries.push({ tool: chosen });
    else {
      const category = await api.select<string>({ message: t.category(written), choices: catalog.categories.map((c) => ({ name: c.name[lang], value: c.id })) });
      entries.push({ name: written, category });
    }
  }

  // The organisation's own instances of self-hostable software.
  for (const e of entries) {
    const tool = typeof e.tool === "string" ? catalog.tools.find((x) => x.id === e.tool) : undefined;
    if (tool?.kind !== "software") continue;
    const url = (await api.input({ message: t.url(tool.name), validate: (v) => (v.trim() === "" || (/^https?:\/\/[^\s/]/i.test(v.trim()) && URL.canParse(v.trim())) ? true : t.urlInvalid) })).trim();
    if (!url) continue;
    e.url = url;
    const country = (await api.input({ message: t.country(tool.name), default: "FR", validate: (v) => (/^[A-Z]{2}$/.test(v.trim()) ? true : t.countryInvalid) })).trim();
    e.hosting = { country };
    if (await api.confirm({ message: t.vpn(tool.name), default: false })) e.access = "vpn";
  }

  const practices: Record<string, Answer> = {};
  for (const p of PRACTICES) {
    if (p === "council_meetings_lawful" && !COUNCIL_TYPES.includes(type)) continue;
    practices[p] = await api.select<Answer>({
      message: t.practice(m.practices[p].label),
      choices: ANSWERS.map((a) => ({ name: t.answers[a], value: a, description: m.practices[p].why })),
      default: "unknown",
    });
  }

  return ConfigSchema.parse({
    version: 1,
    organisation: { name, type, ...(popText ? { population: Number(popText) } : {}), sensitive_data: sensitive },
    policy: "rgpd",
    tools: entries,
    practices,
  });
}
