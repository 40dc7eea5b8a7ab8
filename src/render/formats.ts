/** Report formats, and the format an --output file's extension implies. No dependency: read at start-up. */
export const FORMATS = ["terminal", "markdown", "html", "json", "sarif", "junit"] as const;
export type Format = (typeof FORMATS)[number];

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

/** The extension written for each format (--output-dir). */
export const FORMAT_EXT: Record<Format, string> = { terminal: ".txt", markdown: ".md", html: ".html", json: ".json", sarif: ".sarif", junit: ".xml" };
