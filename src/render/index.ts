import type { Report } from "../model/report.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import { renderSarif } from "./sarif.js";
import { renderTerminal } from "./terminal.js";
import type { RenderOptions } from "./text.js";

export type Renderer = (report: Report, opts: RenderOptions) => string;

/** The registry behind --format: adding a format here adds it to the CLI. */
export const RENDERERS = {
  terminal: renderTerminal,
  markdown: renderMarkdown,
  html: renderHtml,
  json: renderJson,
  sarif: renderSarif,
  junit: renderJunit,
} satisfies Record<string, Renderer>;
export type Format = keyof typeof RENDERERS;
export const FORMATS = Object.keys(RENDERERS) as Format[];

/** The format an --output file's extension implies. */
export const EXTENSIONS: Record<string, Format> = {
  ".txt": "terminal",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".json": "json",
  ".sarif": "sarif",
  ".xml": "junit",
};

export type { RenderOptions };
