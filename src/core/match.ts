import { byString } from "./compare.js";
import { distance } from "fastest-levenshtein";
import type { Tool } from "../model/catalog.js";

/** Lower-case, strip accents, punctuation and spaces: "Framapad" = "frama pad" = "FRAMA-PAD". */
export function normalizeName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/[^a-z0-9]+/g, "");
}

export interface ToolIndex {
  byName: Map<string, Tool>;
  tools: readonly Tool[];
}

export function buildToolIndex(tools: readonly Tool[]): ToolIndex {
  const byName = new Map<string, Tool>();
  for (const t of tools) {
    for (const n of [t.id, t.name, ...t.aliases]) {
      const k = normalizeName(n);
      if (k && !byName.has(k)) byName.set(k, t);
    }
  }
  return { byName, tools };
}

export function findTool(index: ToolIndex, name: string): Tool | undefined {
  return index.byName.get(normalizeName(name));
}

/**
 * Closest candidates to `input`, best first, within a distance that scales with the input's length
 * (one typo for short words, about a third of the letters for long ones).
 */
export function closest(input: string, candidates: Iterable<string>, max = 3): string[] {
  const norm = normalizeName(input) || input.toLowerCase();
  const limit = Math.max(1, Math.min(4, Math.floor(norm.length / 3)));
  const scored: { c: string; d: number }[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c)) continue;
    seen.add(c);
    const n = normalizeName(c) || c.toLowerCase();
    let d = distance(norm, n);
    if (d > limit && n.length > 3 && (n.startsWith(norm) || norm.startsWith(n))) d = limit;
    if (d <= limit) scored.push({ c, d });
  }
  scored.sort((a, b) => a.d - b.d || byString(a.c, b.c));
  return scored.slice(0, max).map((s) => s.c);
}

/** Tool ids whose id, name or alias is close to `input`. */
export function suggestTools(index: ToolIndex, input: string, max = 3): string[] {
  const names = new Map<string, string>();
  for (const t of index.tools) for (const n of [t.id, t.name, ...t.aliases]) if (!names.has(n)) names.set(n, t.id);
  const ids: string[] = [];
  for (const n of closest(input, names.keys(), 10)) {
    const id = names.get(n);
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids.slice(0, max);
}
