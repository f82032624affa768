import matter from "gray-matter";
// js-yaml 4, the line Eleventy itself uses, not 5: 5.5.0's event-based parser took 267-343 ms for the 4,116 front
// matters of the 4,000-page bench site, 4.3.2 took 53-131 ms for the same results, on the build's serial path.
import * as yaml from "js-yaml";
import type { Problem } from "./problems.ts";

/**
 * YAML without implicit timestamps: `reviewed: 2025-02-30` stays the string the maintainer wrote,
 * so the schema can reject it instead of js-yaml rolling it over to 2 March. Only the checks parse front matter:
 * Eleventy renders each page from what they read (scripts/eleventy/checked-markdown.ts).
 */
const yamlEngine = (source: string): object => (yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {}) as object;
const frontMatterOptions = { engines: { yaml: yamlEngine } };

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
