import type { Catalog } from "../model/catalog.js";
import { normalizeName } from "./match.js";

export interface CatalogProblem {
  /** Tool id (or "categories") the problem is about. */
  where: string;
  message: string;
}

/** Cross-references the schema cannot see: unique ids and names, every reference resolves. */
export function checkCatalog(catalog: Catalog): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const ids = new Set<string>();
  const categories = new Set<string>();
  for (const c of catalog.categories) {
    if (categories.has(c.id)) problems.push({ where: "categories", message: `catégorie « ${c.id} » déclarée deux fois` });
    categories.add(c.id);
  }
  for (const t of catalog.tools) {
    if (ids.has(t.id)) problems.push({ where: t.id, message: `identifiant « ${t.id} » déclaré deux fois` });
    ids.add(t.id);
  }
  const claimed = new Map<string, string>();
  for (const t of catalog.tools) {
    for (const name of new Set([t.id, t.name, ...t.aliases].map(normalizeName))) {
      if (!name) continue;
      const other = claimed.get(name);
      if (other !== undefined && other !== t.id)
        problems.push({ where: t.id, message: `le nom ou alias « ${name} » est déjà pris par « ${other} »` });
      else claimed.set(name, t.id);
    }
    for (const c of t.categories)
      if (!categories.has(c)) problems.push({ where: t.id, message: `catégorie inconnue « ${c} »` });
    for (const a of t.alternatives) {
      if (!ids.has(a)) problems.push({ where: t.id, message: `alternative inconnue « ${a} »` });
      if (a === t.id) problems.push({ where: t.id, message: "un outil ne peut pas être sa propre alternative" });
    }
    const l = t.lifecycle;
    if (l.successor !== undefined && !ids.has(l.successor))
      problems.push({ where: t.id, message: `successeur inconnu « ${l.successor} »` });
    if ((l.status === "discontinued" || l.status === "closing") && l.date === undefined)
      problems.push({ where: t.id, message: `lifecycle.status ${l.status} exige une date` });
    if (l.status === "renamed" && l.successor === undefined)
      problems.push({ where: t.id, message: "lifecycle.status renamed exige un successeur" });
  }
  return problems;
}
