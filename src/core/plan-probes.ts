import type { ProbeSpec } from "../model/probe.js";
import type { ToolUse } from "./criterion.js";

/** The URL the audit probes for a tool use: the organisation's own instance, else the vendor's service. */
export function probeUrlOf(use: ToolUse): string | undefined {
  if (use.entry.url) return use.entry.url;
  const t = use.tool;
  if (!t || t.kind === "client" || t.lifecycle.status === "discontinued") return undefined;
  return t.probe?.urls[0];
}

/** One spec per distinct URL; a health endpoint is read only on the organisation's own instances. */
export function planProbes(uses: readonly ToolUse[]): ProbeSpec[] {
  const specs = new Map<string, ProbeSpec>();
  for (const use of uses) {
    const url = probeUrlOf(use);
    if (!url) continue;
    const health = use.entry.url ? use.tool?.probe?.health : undefined;
    const prev = specs.get(url);
    if (!prev || (!prev.health && health)) specs.set(url, { url, ...(health ? { health } : {}) });
  }
  return [...specs.values()];
}
