import type { z } from "zod";

/** One maintainer mistake, located precisely enough to fix without reading a stack trace. */
export interface Problem {
  file: string;
  /** The entry, by id where it has one, else by position: `entries[2] "osaka"`. */
  entry?: string;
  /** The field inside the entry: `address.ja`. */
  field?: string;
  line?: number;
  column?: number;
  message: string;
}

/** Thrown when content is wrong, so callers can tell a maintainer's mistake from a bug. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = "ContentError";
    this.problems = problems;
    // A content mistake is not a bug: its report is the message, the stack only adds noise.
    if (!process.env.DEBUG) this.stack = `${this.name}: ${this.message}`;
  }
}

export function formatProblem(problem: Problem): string {
  const where = [problem.file];
  if (problem.line !== undefined) where.push(`line ${problem.line}${problem.column !== undefined ? `, column ${problem.column}` : ""}`);
  const what = [problem.entry, problem.field].filter(Boolean).join(" › ");
  return `${where.join(" ")}${what ? ` › ${what}` : ""}: ${problem.message}`;
}

export function formatProblems(problems: Problem[]): string {
  const count = problems.length === 1 ? "1 mistake" : `${problems.length} mistakes`;
  return [`Found ${count} in the site's content:`, ...problems.map((p) => `  ✖ ${formatProblem(p)}`)].join("\n");
}

function describeInput(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "string") return `"${input.length > 60 ? `${input.slice(0, 57)}...` : input}"`;
  return typeof input === "object" ? "an object" : `${typeof input} ${String(input)}`;
}

/** Turns zod's issues into sentences a maintainer can act on. */
function describeIssue(issue: z.core.$ZodIssue & { input?: unknown }): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `is missing: expected ${issue.expected === "object" ? "an object" : `a ${issue.expected}`}`
        : `has the wrong type: expected ${issue.expected}, got ${describeInput(issue.input)}`;
    case "invalid_value":
      return `is ${describeInput(issue.input)}, which is not allowed: expected one of ${issue.values.map((v) => `"${String(v)}"`).join(", ")}`;
    case "unrecognized_keys":
      return `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}: check the spelling against the schema`;
    case "invalid_union":
      return "matches none of the allowed forms: a link needs a label and either a url (https://...) or a page key";
    case "too_small":
      return issue.origin === "array" ? `has too few items: expected at least ${String(issue.minimum)}` : issue.message;
    case "invalid_format":
      return `${issue.message}${issue.input !== undefined ? `, got ${describeInput(issue.input)}` : ""}`;
    default:
      return issue.message;
  }
}

/** `["keywords", 1]` → `keywords[1]`. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i ? "." : ""}${String(part)}`)).join("");
}

/** `["entries", 1, "address", "ja"]` with the parsed data → entry `entries[1] "osaka"`, field `address.ja`. */
export function locate(path: ReadonlyArray<PropertyKey>, data: unknown): { entry?: string; field?: string } {
  const index = path.findIndex((part) => typeof part === "number");
  if (index === -1) return path.length ? { field: path.map(String).join(".") } : {};
  const listPath = path.slice(0, index + 1);
  let node: unknown = data;
  for (const part of listPath) node = (node as Record<PropertyKey, unknown> | undefined)?.[part];
  const idValue = (node as { id?: unknown } | undefined)?.id;
  const label = `${path.slice(0, index).map(String).join(".")}[${String(path[index])}]`;
  const entry = typeof idValue === "string" ? `${label} "${idValue}"` : label;
  const rest = fieldPath(path.slice(index + 1));
  return rest ? { entry, field: rest } : { entry };
}

/** Validates `data` against `schema`, returning the problems in `file` (empty when valid). */
export function checkAgainst<T>(
  schema: z.ZodType<T>,
  data: unknown,
  file: string,
  where: (path: ReadonlyArray<PropertyKey>, data: unknown) => { entry?: string; field?: string } = locate,
): { value?: T; problems: Problem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({ file, ...where(issue.path, data), message: describeIssue(issue) })),
  };
}
