import type { Problem } from "./problems.ts";

/** Parses JSON, turning V8's "at position N" into the line and column an editor shows. */
export function parseJson(text: string, file: string): { value?: unknown; problem?: Problem } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const reason = message.replace(/\s*in JSON at position \d+.*$/s, "").replace(/^Unexpected token/, "Unexpected character");
    const problem: Problem = { file, message: `is not valid JSON: ${reason}` };
    if (position) {
      const before = text.slice(0, Number(position[1]));
      problem.line = before.split("\n").length;
      problem.column = before.length - before.lastIndexOf("\n");
    } else if (/end of JSON input/.test(message)) {
      const lines = text.split("\n");
      problem.line = lines.length;
      problem.column = (lines.at(-1)?.length ?? 0) + 1;
    }
    return { problem };
  }
}
