import type { Report, ToolVerdict } from "../model/report.js";
import { MESSAGES } from "./messages/index.js";
import { type RenderOptions, sanitize } from "./text.js";
import { buildView, type ReportView, safeHref } from "./view.js";

/** Escape for HTML text and attribute values (after removing control characters). */
export function esc(text: string, max = 400): string {
  return sanitize(text, max).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function a(url: string | null | undefined, label?: string): string {
  const href = safeHref(url);
  return href ? `<a href="${esc(href, 500)}" rel="noreferrer">${esc(label ?? href, 120)}</a>` : esc(url ?? "");
}

const COLORS: Record<ToolVerdict, string> = { ok: "#1a7f37", warn: "#b26b00", fail: "#c62828", unknown: "#6e7781" };

/** A small stacked-bar chart of verdicts per category, as inline SVG (no script, no external asset). */
function chart(v: ReportView): string {
  const rows = v.categories.map((c) => {
    const counts: Record<ToolVerdict, number> = { ok: 0, warn: 0, fail: 0, unknown: 0 };
    for (const r of c.rows) counts[r.verdict]++;
    return { name: c.name, counts, total: c.rows.length };
  });
  if (rows.length === 0) return "";
  const max = Math.max(...rows.map((r) => r.total));
  const unit = 240 / max;
  const h = 24;
  const bars = rows
    .map((r, i) => {
      let x = 190;
      const y = 10 + i * h;
      const parts = (["fail", "warn", "ok", "unknown"] as const)
        .filter((k) => r.counts[k] > 0)
        .map((k) => {
          const w = r.counts[k] * unit;
          const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${h - 8}" fill="${COLORS[k]}"><title>${esc(v.labels.verdict[k])}: ${r.counts[k]}</title></rect>`;
          x += w;
          return rect;
        })
        .join("");
      return `<text x="180" y="${y + 12}" text-anchor="end">${esc(r.name, 40)}</text>${parts}<text x="${(x + 6).toFixed(1)}" y="${y + 12}">${r.total}</text>`;
    })
    .join("");
  const legend = (["ok", "warn", "fail", "unknown"] as const)
    .map((k, i) => `<rect x="${190 + i * 110}" y="${16 + rows.length * h}" width="10" height="10" fill="${COLORS[k]}"/><text x="${204 + i * 110}" y="${25 + rows.length * h}">${esc(v.labels.verdict[k], 20)}</text>`)
    .join("");
  return `<svg class="chart" role="img" aria-label="${esc(v.chartTitle)}" viewBox="0 0 640 ${40 + rows.length * h}" width="640" xmlns="http://www.w3.org/2000/svg">${bars}${legend}</svg>`;
}

const CSS = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.45;color:#1f2328}
body{max-width:980px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.5rem}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}.meta th{width:12rem}
.v-ok{color:#1a7f37}.v-warn{color:#b26b00}.v-fail{color:#c62828;font-weight:600}.v-unknown{color:#6e7781}
.s-critical,.s-high{color:#c62828;font-weight:600}.s-medium{color:#b26b00}.s-low{color:#0969da}.s-info{color:#6e7781}
.score{font-size:1.3rem;font-weight:600}.pass{color:#1a7f37}.fail{color:#c62828}
.finding{border-left:4px solid #d0d7de;padding:.2rem .8rem;margin:.8rem 0}.finding.waived{opacity:.6}
.finding h3{font-size:1rem;margin:.2rem 0}.small{color:#57606a;font-size:.9rem}
.chart text{font-size:12px;fill:#1f2328}ul.reflexes{list-style:none;padding-left:0}
@media print{body{margin:0;max-width:none}a{color:inherit}h2{break-after:avoid}.finding,tr{break-inside:avoid}}
`;

/** One self-contained HTML file: inline CSS and SVG, no script, printable to PDF. */
export function renderHtml(report: Report, opts: RenderOptions): string {
  const v = buildView(report, opts);
  const m = MESSAGES[opts.lang];
  const d = m.doc;
  const colon = opts.lang === "fr" ? " : " : ": ";
  const o: string[] = [];
  o.push(`<!DOCTYPE html>`, `<html lang="${opts.lang}">`, `<head>`, `<meta charset="utf-8">`, `<meta name="viewport" content="width=device-width, initial-scale=1">`);
  o.push(`<title>${esc(v.title)}</title>`, `<style>${CSS}</style>`, `</head>`, `<body>`);
  o.push(`<h1>${esc(v.title)}</h1>`);
  o.push(`<table class="meta"><tbody>${v.meta.map(([k, val]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(val)}</td></tr>`).join("")}</tbody></table>`);

  o.push(`<h2>${esc(m.ui.summary)}</h2>`);
  o.push(`<p class="score">${esc(m.ui.score)}${colon}${v.summary.score}/100 · ${esc(m.ui.grade)}${colon}${esc(v.summary.grade)}</p>`);
  o.push(`<p>${v.summary.counts.filter((c) => c.n > 0).map((c) => `<span class="s-${c.severity}">${c.n} ${esc(c.label)}</span>`).join(" · ") || esc(m.ui.nothingToReport)}</p>`);
  o.push(`<p class="${v.summary.pass ? "pass" : "fail"}">${esc(v.summary.verdict)}</p>`);
  if (v.summary.notes.length) o.push(`<ul>${v.summary.notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>`);
  o.push(`<h3>${esc(d.topActions)}</h3>`);
  o.push(
    v.actions.length
      ? `<ol>${v.actions.map((x) => `<li><span class="s-${x.severity}">${esc(x.severityLabel)}</span> <strong>${esc(x.tool ?? x.title)}</strong> — ${esc(x.message)} <em>${esc(d.todo)}${colon}</em>${esc(x.remediation)}</li>`).join("")}</ol>`
      : `<p>${esc(d.noFinding)}</p>`,
  );
  o.push(`<h3>${esc(d.chartTitle)}</h3>`, chart(v));

  o.push(`<h2>${esc(d.byCategory)}</h2>`);
  if (v.categories.length === 0) o.push(`<p>${esc(m.ui.noTools)}</p>`);
  for (const c of v.categories) {
    o.push(`<h3>${esc(c.name)}</h3>`);
    o.push(`<table><thead><tr><th>${esc(d.colTool)}</th><th>${esc(d.colVerdict)}</th><th>${esc(d.colReasons)}</th><th>${esc(d.colAlternative)}</th></tr></thead><tbody>`);
    for (const r of c.rows)
      o.push(
        `<tr><td><strong>${esc(r.name)}</strong>${r.note ? `<br><span class="small">${esc(r.note)}</span>` : ""}</td><td class="v-${r.verdict}">${esc(r.verdictLabel)}</td><td>${r.reasons.map((x) => esc(x, 200)).join("<br>") || d.none}</td><td>${r.alternatives.map((x) => esc(x)).join(", ") || d.none}</td></tr>`,
      );
    o.push(`</tbody></table>`);
  }

  if (v.reach.length) {
    o.push(`<h2>${esc(d.reachTitle)}</h2>`);
    o.push(`<table><thead><tr>${[d.colTool, d.colUrl, d.colAccess, d.colResult, d.colTls, d.colServer].map((x) => `<th>${esc(x)}</th>`).join("")}</tr></thead><tbody>`);
    for (const r of v.reach) o.push(`<tr><td>${esc(r.tool)}</td><td>${esc(r.url, 120)}</td><td>${esc(r.access)}</td><td>${esc(r.resultText)}</td><td>${esc(r.tls)}</td><td>${esc(r.server, 80)}</td></tr>`);
    o.push(`</tbody></table>`);
  }

  o.push(`<h2>${esc(m.ui.reflexes)}</h2>`, `<ul class="reflexes">`);
  for (const r of v.reflexes)
    o.push(`<li>${r.done ? "✅" : "⬜"} ${esc(r.label)} — <em>${esc(r.answer)}</em>${r.severity && r.severity !== "info" ? ` <span class="s-${r.severity}">(${esc(m.severity[r.severity])})</span>` : ""}<br><span class="small">${esc(r.why)}</span></li>`);
  o.push(`</ul>`);

  o.push(`<h2>${esc(d.findingsTitle)}</h2>`);
  if (v.findings.length === 0) o.push(`<p>${esc(d.noFinding)}</p>`);
  for (const f of v.findings) {
    o.push(`<section class="finding${f.waived ? " waived" : ""}">`);
    o.push(`<h3>${f.n}. <span class="s-${f.severity}">${esc(f.severityLabel)}</span> — ${esc(f.rule)}${f.tool ? ` — ${esc(f.tool)}` : ""}${f.waived ? ` (${esc(m.ui.waivedTag)})` : ""}</h3>`);
    o.push(`<p><strong>${esc(f.title)}.</strong> ${esc(f.message)}</p>`);
    if (f.remediation) o.push(`<p><strong>${esc(d.todo)}${colon}</strong>${esc(f.remediation)}</p>`);
    o.push(`<p class="small">${esc(d.evidence)}${colon}${esc(f.provenance)}${f.source ? ` ${a(f.source)}` : ""}</p>`);
    if (f.references.length) o.push(`<p class="small">${esc(m.ui.references)}${colon}${f.references.map((r) => a(r)).join(" · ")}</p>`);
    o.push(`</section>`);
  }

  if (v.waivers.length) {
    o.push(`<h2>${esc(d.waiversTitle)}</h2>`);
    o.push(`<table><thead><tr>${[d.colRule, d.colTool, d.colReason, d.colExpiry, d.colStatus].map((x) => `<th>${esc(x)}</th>`).join("")}</tr></thead><tbody>`);
    for (const w of v.waivers) o.push(`<tr><td>${esc(w.rule)}</td><td>${esc(w.tool)}</td><td>${esc(w.reason, 300)}</td><td>${esc(w.expires)}</td><td class="${w.active ? "v-ok" : "v-warn"}">${esc(w.status)}</td></tr>`);
    o.push(`</tbody></table>`);
  }

  o.push(`<h2>${esc(d.methodTitle)}</h2>`, `<ul>${v.method.map((l) => `<li>${esc(l, 600)}</li>`).join("")}</ul>`);
  o.push(`<p class="small">${esc(v.footer)}</p>`, `</body>`, `</html>`, "");
  return o.join("\n");
}
