import type { z } from "zod";
import { closest } from "../core/match.js";
import type { InputProblem } from "../model/errors.js";
import { locate, type YamlSource } from "./yaml-source.js";

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** The schema that validates the value at `path` (through defaults, optionals, arrays and unions). */
function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema[] {
  let current: AnySchema[] = [schema];
  const unwrap = (s: AnySchema): AnySchema[] => {
    const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
    switch (def.type) {
      case "optional":
      case "default":
      case "nullable":
      case "prefault":
      case "readonly":
        return unwrap(def.innerType as AnySchema);
      case "union":
        return (def.options as AnySchema[]).flatMap(unwrap);
      case "pipe":
        return unwrap(def.in as AnySchema);
      default:
        return [s];
    }
  };
  current = current.flatMap(unwrap);
  for (const seg of path) {
    const next: AnySchema[] = [];
    for (const s of current) {
      const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
      if (def.type === "object") {
        const shape = def.shape as Record<string, AnySchema>;
        const child = shape[String(seg)];
        if (child) next.push(...unwrap(child));
      } else if (def.type === "array" && typeof seg === "number") next.push(...unwrap(def.element as AnySchema));
      else if (def.type === "record") next.push(...unwrap(def.valueType as AnySchema));
    }
    current = next;
  }
  return current;
}

function keysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  for (const s of schemaAt(schema, path)) {
    const def = s._zod.def as unknown as { type: string; shape?: Record<string, unknown> };
    if (def.type === "object" && def.shape) for (const k of Object.keys(def.shape)) keys.add(k);
  }
  return [...keys];
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg as string];
  }
  return v;
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

/** Pick, among the branches of a union, the one the user most likely meant: the fewest problems,
 *  and never one that rejected the whole value's type when another got further. */
function bestBranch(branches: Issue[][], at: readonly PropertyKey[]): Issue[] {
  const scored = branches.map((issues) => {
    const rootType = issues.some((i) => i.code === "invalid_type" && i.path.length === 0);
    return { issues, score: issues.length + (rootType ? 100 : 0) };
  });
  scored.sort((a, b) => a.score - b.score);
  return (scored[0]?.issues ?? []).map((i) => ({ ...i, path: [...at, ...i.path] }) as Issue);
}

function flatten(issues: readonly Issue[]): Issue[] {
  const out: Issue[] = [];
  for (const i of issues) {
    if (i.code === "invalid_union" && "errors" in i && Array.isArray(i.errors) && i.errors.length > 0)
      out.push(...flatten(bestBranch(i.errors as Issue[][], i.path)));
    else out.push(i);
  }
  return out;
}

/** Turn zod issues into problems that name the file, line, column, key path and a fix. */
export function zodProblems(src: YamlSource, schema: AnySchema, issues: readonly Issue[]): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const issue of flatten(issues)) {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)) as (string | number)[];
    switch (issue.code) {
      case "unrecognized_keys":
        for (const key of issue.keys) {
          const valid = keysAt(schema, path);
          problems.push(locate(src, { path: [...path, key], code: "UNKNOWN_KEY", expected: valid.join(", "), suggestions: closest(key, valid, 1) }, true));
        }
        break;
      case "invalid_type": {
        const received = valueAt(src.value, path);
        if (received === undefined) problems.push(locate(src, { path, code: "MISSING_KEY", expected: issue.expected }, true));
        else problems.push(locate(src, { path, code: "WRONG_TYPE", expected: issue.expected, received: typeName(received) }));
        break;
      }
      case "invalid_value": {
        const received = valueAt(src.value, path);
        const values = issue.values.map(String);
        if (received === undefined) {
          problems.push(locate(src, { path, code: "MISSING_KEY", expected: values.join(" | ") }, true));
          break;
        }
        problems.push(
          locate(src, {
            path,
            code: "BAD_VALUE",
            expected: values.join(" | "),
            received: String(received),
            suggestions: typeof received === "string" ? closest(received, values, 1) : [],
          }),
        );
        break;
      }
      default:
        problems.push(locate(src, { path, code: "BAD_VALUE", detail: issue.message, received: String(valueAt(src.value, path) ?? "") }));
    }
  }
  return problems;
}
