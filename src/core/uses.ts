import type { Config } from "../model/config.js";
import type { ToolUse } from "./criterion.js";
import { normalizeName, suggestTools, type ToolIndex, findTool } from "./match.js";

/** Join each config entry to its catalogue tool; unknown names keep their closest suggestions. */
export function resolveUses(config: Config, index: ToolIndex): ToolUse[] {
  const seen = new Map<string, number>();
  return config.tools.map((entry, i) => {
    let use: Omit<ToolUse, "key">;
    const declaredInstance = entry.url !== undefined || entry.hosting !== undefined;
    if ("tool" in entry) {
      const tool = findTool(index, entry.tool);
      if (tool)
        use = {
          index: i,
          entry,
          tool,
          name: tool.name,
          categories: tool.categories,
          selfHosted: declaredInstance && tool.self_hostable.value,
        };
      else
        use = {
          index: i,
          entry,
          tool: null,
          name: entry.tool,
          categories: [],
          selfHosted: declaredInstance,
          unresolved: { written: entry.tool, suggestions: suggestTools(index, entry.tool) },
        };
    } else {
      use = { index: i, entry, tool: null, name: entry.name, categories: [entry.category], selfHosted: declaredInstance };
    }
    const base = use.tool ? use.tool.id : `custom:${normalizeName(use.name) || String(i)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...use, key: n === 1 ? base : `${base}#${n}` };
  });
}
