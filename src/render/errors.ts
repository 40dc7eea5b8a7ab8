import type { InputProblem } from "../model/errors.js";
import type { Lang } from "./messages/index.js";
import { sanitize } from "./text.js";

type Code = InputProblem["code"];
type Wording = Record<Code, (p: InputProblem) => string>;

const q = (lang: Lang, s: string) => (lang === "fr" ? `« ${sanitize(s, 80)} »` : `"${sanitize(s, 80)}"`);

const FR: Wording = {
  FILE_NOT_FOUND: () => "fichier introuvable",
  FILE_UNREADABLE: (p) => `lecture impossible (${p.detail ?? "?"})`,
  FILE_UNWRITABLE: (p) => `écriture impossible (${p.detail ?? "?"}) : vérifier que le dossier existe et qu'il est accessible en écriture ; rien n'a été écrit`,
  FILE_TOO_LARGE: (p) => `fichier trop gros (${p.detail} octets, maximum ${p.expected}) : un fichier de configuration tient en quelques kilo-octets`,
  FILE_BINARY: () => "fichier binaire ou qui n'est pas du texte UTF-8 : un fichier YAML est attendu",
  FILE_EMPTY: () => "fichier vide : partir d'un exemple (dossier examples/) ou de « teletravail init »",
  YAML_SYNTAX: (p) => `YAML invalide : ${p.detail ?? ""}`,
  YAML_ALIAS_BOMB: (p) => `trop d'alias YAML (plus de ${p.detail}) : document refusé (attaque « billion laughs » ?)`,
  NOT_A_MAPPING: (p) => `le document doit être une table de clés (version, organisation, tools…), pas ${p.received}`,
  UNKNOWN_KEY: (p) => `clé inconnue${p.expected ? ` (clés valides : ${p.expected})` : ""}`,
  WRONG_TYPE: (p) => `type ${p.received} reçu, ${p.expected} attendu`,
  BAD_VALUE: (p) =>
    p.expected ? `valeur ${q("fr", p.received ?? "")} invalide, attendu : ${p.expected}` : `valeur invalide${p.detail ? ` : ${p.detail}` : ""}`,
  MISSING_KEY: (p) => `clé obligatoire manquante (${p.expected} attendu)`,
  UNKNOWN_TOOL_NAME: (p) => `outil ${q("fr", p.received ?? "")} absent du catalogue (voir « teletravail catalog list »)`,
  UNKNOWN_RULE: (p) => `critère ${q("fr", p.received ?? "")} inconnu (voir « teletravail criteria »)`,
  CATALOG_REFERENCE: (p) => `catalogue incohérent : ${p.detail ?? ""}`,
  NOT_A_DIRECTORY: () => "dossier introuvable",
};

const EN: Wording = {
  FILE_NOT_FOUND: () => "file not found",
  FILE_UNREADABLE: (p) => `cannot read it (${p.detail ?? "?"})`,
  FILE_UNWRITABLE: (p) => `cannot write it (${p.detail ?? "?"}): check that the folder exists and is writable; nothing was written`,
  FILE_TOO_LARGE: (p) => `file too large (${p.detail} bytes, at most ${p.expected}): a config file takes a few kilobytes`,
  FILE_BINARY: () => "binary file, or not UTF-8 text: a YAML file is expected",
  FILE_EMPTY: () => 'empty file: start from an example (examples/ folder) or from "teletravail init"',
  YAML_SYNTAX: (p) => `invalid YAML: ${p.detail ?? ""}`,
  YAML_ALIAS_BOMB: (p) => `too many YAML aliases (more than ${p.detail}): document refused ("billion laughs" attack?)`,
  NOT_A_MAPPING: (p) => `the document must be a mapping of keys (version, organisation, tools…), not ${p.received}`,
  UNKNOWN_KEY: (p) => `unknown key${p.expected ? ` (valid keys: ${p.expected})` : ""}`,
  WRONG_TYPE: (p) => `got ${p.received}, expected ${p.expected}`,
  BAD_VALUE: (p) => (p.expected ? `invalid value ${q("en", p.received ?? "")}, expected: ${p.expected}` : `invalid value${p.detail ? `: ${p.detail}` : ""}`),
  MISSING_KEY: (p) => `missing required key (${p.expected} expected)`,
  UNKNOWN_TOOL_NAME: (p) => `tool ${q("en", p.received ?? "")} is not in the catalogue (see "teletravail catalog list")`,
  UNKNOWN_RULE: (p) => `unknown criterion ${q("en", p.received ?? "")} (see "teletravail criteria")`,
  CATALOG_REFERENCE: (p) => `inconsistent catalogue: ${p.detail ?? ""}`,
  NOT_A_DIRECTORY: () => "folder not found",
};

export function formatPath(path: readonly (string | number)[]): string {
  let s = "";
  for (const seg of path) s += typeof seg === "number" ? `[${seg}]` : s ? `.${seg}` : seg;
  return sanitize(s, 120);
}

/** `file:line:col path: problem — did you mean …?` */
export function formatProblem(p: InputProblem, lang: Lang): string {
  const where = `${sanitize(p.file, 200)}${p.line ? `:${p.line}:${p.column ?? 1}` : ""}`;
  const path = p.path.length ? ` ${formatPath(p.path)}` : "";
  const text = (lang === "fr" ? FR : EN)[p.code](p);
  const sug = p.suggestions?.length
    ? lang === "fr"
      ? ` — vouliez-vous dire ${p.suggestions.map((s) => q("fr", s)).join(" ou ")} ?`
      : ` — did you mean ${p.suggestions.map((s) => q("en", s)).join(" or ")}?`
    : "";
  return `${where}${path}${lang === "fr" ? " : " : ": "}${text}${sug}`;
}
