import type { Report } from "../model/report.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import { renderSarif } from "./sarif.js";
import { renderTerminal } from "./terminal.js";
import type { RenderOptions } from "./text.js";
import { EXTENSIONS, FORMATS, type Format } from "./formats.js";

export type Renderer = (report: Report, opts: RenderOptions) => string;

/** The registry behind --format: adding a format here (and to formats.ts) adds it to the CLI. */
export const RENDERERS = {
  terminal: renderTerminal,
  markdown: renderMarkdown,
  html: renderHtml,
  json: renderJson,
  sarif: renderSarif,
  junit: renderJunit,
} satisfies Record<Format, Renderer>;

export { EXTENSIONS, FORMATS, type Format };
export type { RenderOptions };
