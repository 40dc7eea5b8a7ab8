import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/cli.js";

// Which module may import what (design §3). Pure libraries allowed beside: fastest-levenshtein in core
// (name matching is pure), chalk in render.
const ALLOWED: Record<string, { modules: string[]; packages: RegExp }> = {
  model: { modules: ["model"], packages: /^zod$/ },
  core: { modules: ["model", "core"], packages: /^fastest-levenshtein$/ },
  render: { modules: ["model", "core", "render"], packages: /^chalk$/ },
  io: { modules: ["model", "core", "io"], packages: /^(node:.*|yaml|undici|zod)$/ },
  app: { modules: ["model", "core", "io", "app"], packages: /^$/ },
  cli: { modules: ["model", "core", "io", "app", "render", "cli"], packages: /.*/ },
};
// Globals that make code impure; forbidden in model, core and render.
const IMPURE = /\b(process\.|console\.|Date\.now\(|new Date\(\)|Math\.random\()/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("architecture", () => {
  const src = join(ROOT, "src");
  const all = files(src);

  it("every source file is in a known module", () => {
    for (const f of all) expect(Object.keys(ALLOWED), f).toContain(relative(src, f).split("/")[0]);
  });

  it("imports follow the module rules", () => {
    const violations: string[] = [];
    for (const f of all) {
      const mod = relative(src, f).split("/")[0] ?? "";
      const rule = ALLOWED[mod];
      if (!rule) continue;
      const text = readFileSync(f, "utf8");
      for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/gm)) {
        const spec = m[1] ?? "";
        if (spec.startsWith(".")) {
          const target = relative(src, join(f, "..", spec)).split("/")[0] ?? "";
          if (!rule.modules.includes(target)) violations.push(`${relative(ROOT, f)} imports ${spec} (${target})`);
        } else if (!rule.packages.test(spec)) violations.push(`${relative(ROOT, f)} imports package ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("model, core and render touch no process, console, clock or randomness", () => {
    const offenders = all
      .filter((f) => ["model", "core", "render"].includes(relative(src, f).split("/")[0] ?? ""))
      .filter((f) => IMPURE.test(readFileSync(f, "utf8").replace(/\/\/.*$/gm, "")))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it("one criterion per file, and the registry lists every file", () => {
    const dir = join(src, "core/criteria");
    const ids = readdirSync(dir).filter((f) => f !== "index.ts");
    const index = readFileSync(join(dir, "index.ts"), "utf8");
    for (const f of ids) {
      expect(index, f).toContain(`./${f.replace(/\.ts$/, ".js")}`);
      const text = readFileSync(join(dir, f), "utf8");
      expect(text.match(/\bid: "/g)?.length, f).toBe(1);
    }
  });

  it("the registry is the bundle's only list of criteria (no file-system discovery)", () => {
    const index = readFileSync(join(src, "core/criteria/index.ts"), "utf8");
    expect(index).not.toMatch(/readdir|glob/);
  });
});
