/** One problem in a user's file: where it is, what is wrong, and how to fix it. Data only: wording is in render/. */
export interface InputProblem {
  file: string;
  line?: number;
  column?: number;
  /** Key path inside the document, e.g. ["tools", 2, "tool"]. */
  path: (string | number)[];
  code:
    | "FILE_NOT_FOUND"
    | "FILE_UNREADABLE"
    | "FILE_UNWRITABLE"
    | "FILE_TOO_LARGE"
    | "FILE_BINARY"
    | "FILE_EMPTY"
    | "YAML_SYNTAX"
    | "YAML_ALIAS_BOMB"
    | "NOT_A_MAPPING"
    | "UNKNOWN_KEY"
    | "WRONG_TYPE"
    | "BAD_VALUE"
    | "MISSING_KEY"
    | "UNKNOWN_TOOL_NAME"
    | "UNKNOWN_RULE"
    | "CATALOG_REFERENCE"
    | "NOT_A_DIRECTORY";
  /** Free details: the YAML parser's message, the expected type, the allowed values… */
  detail?: string;
  expected?: string;
  received?: string;
  suggestions?: string[];
}

/** A user's input cannot be used: exit code 2. */
export class InputError extends Error {
  constructor(readonly problems: InputProblem[]) {
    super(problems.map((p) => `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ""} ${p.code}`).join("\n"));
    this.name = "InputError";
  }
}

/** A usage mistake on the command line: exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}
