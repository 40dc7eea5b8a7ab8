import { createPrompt, isDownKey, isEnterKey, isUpKey, makeTheme, useKeypress, usePagination, usePrefix, useState } from "@inquirer/core";
import { normalizeName } from "../../core/match.js";

export interface SearchChoice {
  value: string;
  name: string;
  /** Shown dimmed after the name (the category). */
  group: string;
  /** Extra words the filter matches (aliases). */
  keywords: string[];
}

export interface SearchCheckboxConfig {
  message: string;
  choices: SearchChoice[];
  texts: { filter: string; help: string; selected: (n: number) => string; none: string };
  pageSize?: number;
}

/**
 * A checkbox list that filters as you type (name, category, aliases; accents and case ignored):
 * ↑/↓ move, space toggles, Enter validates, Backspace edits the filter.
 */
export const searchCheckbox = createPrompt<string[], SearchCheckboxConfig>((config, done) => {
  const theme = makeTheme({});
  const prefix = usePrefix({ status: "idle", theme });
  const [filter, setFilter] = useState("");
  const [active, setActive] = useState(0);
  const [checked, setChecked] = useState<string[]>([]);
  const [status, setStatus] = useState<"idle" | "done">("idle");

  const key = normalizeName(filter);
  // Best matches first: the name starts with what was typed, then contains it, then an alias or the category does.
  const rank = (c: SearchChoice): number => {
    if (!key) return 0;
    const n = normalizeName(c.name);
    if (n.startsWith(key) || c.value.startsWith(key)) return 1;
    if (n.includes(key)) return 2;
    if (c.keywords.some((w) => normalizeName(w).includes(key))) return 3;
    return normalizeName(c.group).includes(key) ? 4 : 0;
  };
  const visible = config.choices
    .map((c, i) => ({ c, r: rank(c), i }))
    .filter((x) => !key || x.r > 0)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.c);
  const current = Math.min(active, Math.max(0, visible.length - 1));

  useKeypress((k, rl) => {
    if (isEnterKey(k)) {
      setStatus("done");
      done(checked);
      return;
    }
    if (isUpKey(k) || isDownKey(k)) {
      rl.clearLine(0);
      rl.write(filter);
      if (visible.length === 0) return;
      const next = (current + (isUpKey(k) ? -1 : 1) + visible.length) % visible.length;
      setActive(next);
      return;
    }
    if (k.name === "space" || k.name === "tab") {
      rl.clearLine(0);
      rl.write(filter);
      const c = visible[current];
      if (c) setChecked(checked.includes(c.value) ? checked.filter((v) => v !== c.value) : [...checked, c.value]);
      return;
    }
    // Anything else edits the filter: the readline line holds what was typed.
    setFilter(rl.line);
    setActive(0);
  });

  const page = usePagination({
    items: visible,
    active: current,
    pageSize: config.pageSize ?? 12,
    loop: false,
    renderItem: ({ item, isActive }) => {
      const box = checked.includes(item.value) ? "◉" : "◯";
      const line = `${isActive ? "❯" : " "} ${box} ${item.name}  \u001b[2m${item.group}\u001b[22m`;
      return isActive ? `\u001b[36m${line}\u001b[39m` : line;
    },
  });

  if (status === "done") {
    const names = config.choices.filter((c) => checked.includes(c.value)).map((c) => c.name);
    return `${prefix} ${config.message} ${names.length ? names.join(", ") : config.texts.none}`;
  }
  const header = `${prefix} ${config.message} ${config.texts.filter}${filter}`;
  const footer = `\u001b[2m${config.texts.selected(checked.length)} · ${config.texts.help}\u001b[22m`;
  return [header, `${visible.length ? page : `  ${config.texts.none}`}\n${footer}`];
});
