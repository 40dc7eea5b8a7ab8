import type { Report } from "../model/report.js";
import { renderJson } from "./json.js";
import { renderTerminal } from "./terminal.js";
import type { RenderOptions } from "./text.js";

export type Renderer = (report: Report, opts: RenderOptions) => string;

/** The registry behind --format: adding a format here adds it to the CLI. */
export const RENDERERS = {
  terminal: renderTerminal,
  json: renderJson,
} satisfies Record<string, Renderer>;
export type Format = keyof typeof RENDERERS;
export const FORMATS = Object.keys(RENDERERS) as Format[];

export type { RenderOptions };
