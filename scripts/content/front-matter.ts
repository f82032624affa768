import matter from "gray-matter";
import * as yaml from "js-yaml";
import type { Problem } from "./problems.ts";

/**
 * YAML without implicit timestamps: `reviewed: 2025-02-30` stays the string the maintainer wrote,
 * so the schema can reject it instead of js-yaml rolling it over to 2 March.
 * Eleventy and the validator both parse with this engine, so they can never disagree.
 */
const yamlEngine = (source: string): object => {
  // Validation parses every page's front matter just before Eleventy parses it again: the second parse of the
  // same text takes what the first one kept (once: the entry is dropped, so the cache empties itself).
  const parsed = parsedOnce.get(source);
  if (parsed) {
    parsedOnce.delete(source);
    return parsed;
  }
  const value = (yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {}) as object;
  parsedOnce.set(source, value);
  return structuredClone(value);
};
const parsedOnce = new Map<string, object>();

export const frontMatterOptions = { engines: { yaml: yamlEngine } };

/** A page's front matter, and its Markdown with the line the Markdown starts on (for messages about the body). */
export interface ParsedPage {
  data?: Record<string, unknown>;
  body?: { text: string; firstLine: number };
  problem?: Problem;
}

export function parseFrontMatter(text: string, file: string): ParsedPage {
  try {
    // gray-matter caches by content; a fresh options object per call keeps results independent of earlier runs.
    const { data, content } = matter(text, { ...frontMatterOptions });
    const firstLine = text.slice(0, text.length - content.length).split("\n").length;
    return { data, body: { text: content, firstLine } };
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    const problem: Problem = { file, field: "front matter", message: `is not valid YAML: ${reason}` };
    // js-yaml counts from 0 inside the front matter; the file has the opening `---` line first.
    if (mark) Object.assign(problem, { line: mark.line + 2, column: mark.column + 1 });
    return { problem };
  }
}
