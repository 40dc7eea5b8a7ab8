import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/app/run-audit.js";
import { interview, type PromptApi } from "../../src/cli/interview.js";
import { buildReport } from "../../src/core/build-report.js";
import { readConfig } from "../../src/io/read-config.js";
import { configToYaml } from "../../src/render/config-yaml.js";
import { ROOT, tempDir, writeTemp } from "../helpers/cli.js";

const { catalog, index } = loadCatalog({ builtinDir: join(ROOT, "catalog") });

/** Scripted answers, matched to prompts by the start of their message; every prompt is counted. */
function scripted(answers: [RegExp, unknown][]): PromptApi & { asked: string[] } {
  const asked: string[] = [];
  const answer = (message: string): unknown => {
    asked.push(message);
    const a = answers.find(([re]) => re.test(message));
    if (!a) throw new Error(`no scripted answer for: ${message}`);
    return a[1];
  };
  return {
    asked,
    input: async (o) => {
      const v = String(answer(o.message) ?? o.default ?? "");
      const ok = o.validate ? o.validate(v) : true;
      if (ok !== true) throw new Error(`invalid answer to ${o.message}: ${ok}`);
      return v;
    },
    select: async (o) => {
      const v = answer(o.message) as string;
      if (!o.choices.some((c) => c.value === v)) throw new Error(`${v} is not a choice of ${o.message}`);
      return v as never;
    },
    confirm: async (o) => answer(o.message) as boolean,
    searchCheckbox: async (o) => {
      const v = answer(o.message) as string[];
      for (const id of v) if (!o.choices.some((c) => c.value === id)) throw new Error(`${id} is not in the list`);
      return v;
    },
  };
}

const EIGHT_TOOLS: [RegExp, unknown][] = [
  [/^Nom de l'organisation/, "Mairie de Saint-Exemple"],
  [/^Type d'organisation/, "commune"],
  [/^Population/, "1850"],
  [/^Traitez-vous des données sensibles/, false],
  [/^Quels outils/, ["zoom", "whatsapp", "tchap", "nextcloud", "jitsi-meet", "microsoft-365"]],
  [/^Autres outils/, "WeTransfr, Logiciel RH"],
  [/^« WeTransfr »/, "wetransfer"],
  [/^Catégorie de « Logiciel RH »/, "metier"],
  [/^Adresse de votre propre instance de Nextcloud/, "https://cloud.saint-exemple.fr"],
  [/^Pays d'hébergement de votre instance de Nextcloud/, "FR"],
  [/^Nextcloud n'est-il accessible que par le VPN/, false],
  [/^Adresse de votre propre instance de Jitsi Meet/, ""],
  [/^Bon réflexe : un compte nominatif/, "no"],
  [/^Bon réflexe : un délégué/, "yes"],
  [/^Bon réflexe : double authentification/, "partial"],
  [/^Bon réflexe/, "unknown"],
];

describe("the interview", () => {
  it("an organisation with 8 tools is done in at most 25 prompts, and saves the golden YAML", async () => {
    const api = scripted(EIGHT_TOOLS);
    const config = await interview(api, catalog, index, "fr");
    expect(config.tools).toHaveLength(8);
    expect(api.asked.length).toBeLessThanOrEqual(25);
    const yaml = configToYaml(config, catalog, "fr");
    await expect(yaml).toMatchFileSnapshot(join(ROOT, "tests/__golden__/interview.fr.yaml"));
  });

  it("the saved file re-audits to the same result as the answers", async () => {
    const config = await interview(scripted(EIGHT_TOOLS), catalog, index, "fr");
    const file = writeTemp("teletravail.yaml", configToYaml(config, catalog, "fr"), tempDir());
    const reread = readConfig(file, catalog, index).config;
    expect(reread).toEqual(config);
    const now = "2026-11-30T09:00:00.000Z";
    const a = buildReport({ catalog, config, now, version: "t", lang: "fr", failOn: "high", index });
    const b = buildReport({ catalog, config: reread, now, version: "t", lang: "fr", failOn: "high", index });
    expect(b).toEqual(a);
    expect(a.tools.map((t) => t.id)).toContain("custom:logicielrh");
  });

  it("does not ask about council meetings where there is no council; English texts with --lang en", async () => {
    const api = scripted([
      [/^Organisation name/, "ACME"],
      [/^Type of organisation/, "entreprise"],
      [/^Approximate population/, ""],
      [/^Do you handle sensitive data/, true],
      [/^Which tools/, []],
      [/^Other tools/, ""],
      [/^Good practice/, "yes"],
    ]);
    const config = await interview(api, catalog, index, "en");
    expect(config.practices.council_meetings_lawful).toBeUndefined();
    expect(config.organisation.sensitive_data).toBe(true);
    expect(api.asked.some((m) => m.includes("remote council"))).toBe(false);
  });
});
