import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { main } from "../src/cli/main.js";

const dir = mkdtempSync(join(tmpdir(), "teletravail-prop-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function audit(content: string): Promise<{ code: number; err: string }> {
  const file = join(dir, "c.yaml");
  writeFileSync(file, content);
  let err = "";
  const code = await main(["audit", "--offline", file, "--format", "json"], {
    stdout: () => {},
    stderr: (s) => {
      err += s;
    },
    env: {},
    isTTY: false,
    now: () => new Date("2026-11-30T12:00:00Z"),
    cwd: () => dir,
  });
  return { code, err };
}

// Values that look like parts of a config: right keys with wrong values, wrong keys, odd scalars.
const scalar = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("commune", "epci", "zoom", "tchap", "yes", "no", "rgpd", "gip-2020", "2027-06-30", "HOST-EU", "https://x.fr"),
);
const key = fc.oneof(
  fc.constantFrom("version", "organisation", "name", "type", "tools", "tool", "url", "access", "hosting", "country", "policy", "extends", "rules", "allow", "deny", "practices", "mfa", "dpo", "exceptions", "rule", "reason", "expires", "category"),
  fc.string({ maxLength: 8 }),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small" }, scalar, fc.array(tie("node"), { maxLength: 4 }), fc.dictionary(key, tie("node"), { maxKeys: 5 })),
})).node;
const configish = fc.record(
  {
    version: fc.oneof(fc.constant(1), scalar),
    organisation: fc.oneof(fc.record({ name: fc.string(), type: fc.constantFrom("commune", "epci", "entreprise", "x") }), value),
    policy: fc.oneof(fc.constantFrom("rgpd", "gip-2020", "souverain"), value),
    tools: fc.oneof(fc.array(fc.oneof(fc.record({ tool: fc.oneof(fc.constantFrom("zoom", "skype", "nextcloud"), fc.string()) }), value), { maxLength: 5 }), value),
    practices: value,
    exceptions: value,
  },
  { requiredKeys: [] },
);

const seen = new Map<number, number>();
afterAll(() => {
  // The properties must reach the evaluation, not stop at loading: some runs end in 0 or 1.
  expect((seen.get(0) ?? 0) + (seen.get(1) ?? 0)).toBeGreaterThan(0);
});

// Documents that are valid or nearly so, so that many runs reach evaluation and rendering.
const answer = fc.constantFrom("yes", "no", "partial", "unknown");
const validish = fc.record(
  {
    version: fc.constant(1),
    organisation: fc.record({ name: fc.string({ minLength: 1 }), type: fc.constantFrom("commune", "epci", "etat", "association", "entreprise"), sensitive_data: fc.boolean() }),
    policy: fc.oneof(fc.constantFrom("rgpd", "gip-2020", "souverain"), fc.record({ extends: fc.constantFrom("rgpd", "souverain"), rules: fc.constant({ OSS: "off" }) })),
    tools: fc.array(
      fc.oneof(
        fc.record({ tool: fc.oneof(fc.constantFrom("zoom", "skype", "nextcloud", "tchap", "ms teams", "gdrive"), fc.string({ minLength: 1 })) }),
        fc.record({ name: fc.string({ minLength: 1 }), category: fc.constantFrom("metier", "vpn", "files", "x"), access: fc.constantFrom("internet", "vpn") }),
      ),
      { maxLength: 6 },
    ),
    practices: fc.record({ mfa: answer, dpo: answer, nominative_accounts: answer }, { requiredKeys: [] }),
  },
  { requiredKeys: ["version", "organisation"] },
);

describe("random documents never crash the audit (exit 3)", () => {
  it("a valid document reaches the report", async () => {
    const { code, err } = await audit("version: 1\norganisation: { name: X, type: commune }\ntools: [{ tool: zoom }]\n");
    expect(err).toBe("");
    expect(code).toBe(1);
  });

  it("config-shaped documents", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(validish, configish), async (doc) => {
        const { code, err } = await audit(stringify(doc));
        seen.set(code, (seen.get(code) ?? 0) + 1);
        expect([0, 1, 2], err).toContain(code);
      }),
      { numRuns: 1500 },
    );
  });

  it("arbitrary text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 200 })), async (text) => {
        const { code, err } = await audit(text);
        expect([0, 1, 2], err).toContain(code);
      }),
      { numRuns: 1500 },
    );
  });
});
