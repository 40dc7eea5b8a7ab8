import { defineCriterion, type Outcome, probedUses } from "../criterion.js";

/** Compare dotted versions numerically: "9.2" < "10.0". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(".").map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Does `version` belong to `branch` ("32" holds 32.0.6)? */
function inBranch(version: string, branch: string): boolean {
  return version === branch || version.startsWith(`${branch}.`);
}

export default defineCriterion({
  id: "SOFTWARE-OUTDATED",
  scope: "instance",
  severity: "high",
  codes: ["SOFTWARE_EOL"],
  requires: ["probe"],
  references: [
    "https://www.lacitedesentreprises.com/protection-des-donnees/les-conseils-de-la-cnil-pour-mettre-en-place-du-teletravail/",
    "https://www.cybermalveillance.gouv.fr/tous-nos-contenus/actualites/recommandations-securite-informatique-teletravail",
  ],
  evaluate(ctx) {
    const out: Outcome[] = [];
    for (const { use, probe } of probedUses(ctx)) {
      const sw = probe.software;
      const support = use.tool?.support;
      if (!sw || !support) continue;
      const branches = [...support.branches].sort((a, b) => compareVersions(a.version, b.version));
      const branch = branches.find((b) => inBranch(sw.version, b.version));
      const oldest = branches[0];
      const supported = branches.filter((b) => b.end >= ctx.today).map((b) => b.version);
      const eol = branch ? branch.end < ctx.today : oldest !== undefined && compareVersions(sw.version, oldest.version) < 0;
      if (eol)
        out.push({
          code: "SOFTWARE_EOL",
          tool: use.key,
          args: { product: sw.product, version: sw.version, end: branch?.end ?? null, supported },
          evidence: { origin: "measured", source: `${probe.finalUrl ?? probe.url}`, fact: "support", checked: support.checked, confidence: support.confidence, path: ["tools", use.index] },
        });
    }
    return out;
  },
});
