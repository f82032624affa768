// Plain JavaScript, typed by JSDoc: the pages are read in a thread of its own (page-source-thread.mjs), which starts
// without the main thread's TypeScript loader.
import matter from "gray-matter";
// js-yaml 4, the line Eleventy itself uses, not 5: 5.5.0's event-based parser took 267-343 ms for the 4,116 front
// matters of the 4,000-page bench site, 4.3.2 took 53-131 ms for the same results, on the build's serial path.
import * as yaml from "js-yaml";

/** @typedef {import("./problems.ts").Problem} Problem */

/**
 * YAML without implicit timestamps: `reviewed: 2025-02-30` stays the string the maintainer wrote,
 * so the schema can reject it instead of js-yaml rolling it over to 2 March. Only the checks parse front matter:
 * Eleventy renders each page from what they read (scripts/eleventy/checked-markdown.ts).
 *
 * @param {string} source
 * @returns {object}
 */
const yamlEngine = (source) => /** @type {object} */ (yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {});
const frontMatterOptions = { engines: { yaml: yamlEngine } };

/**
 * A page's front matter, and its Markdown with the line the Markdown starts on (for messages about the body).
 *
 * @typedef {object} ParsedPage
 * @property {Record<string, unknown>} [data]
 * @property {{ text: string, firstLine: number }} [body]
 * @property {Problem} [problem]
 */

/**
 * @param {string} text
 * @param {string} file
 * @returns {ParsedPage}
 */
export function parseFrontMatter(text, file) {
  try {
    // gray-matter caches by content; a fresh options object per call keeps results independent of earlier runs.
    const { data, content } = matter(text, { ...frontMatterOptions });
    const firstLine = text.slice(0, text.length - content.length).split("\n").length;
    return { data, body: { text: content, firstLine } };
  } catch (error) {
    const { mark, reason, message } = /** @type {{ mark?: { line: number, column: number }, reason?: string, message: string }} */ (error);
    /** @type {Problem} */
    const problem = { file, field: "front matter", message: `is not valid YAML: ${reason ?? message}` };
    // js-yaml counts from 0 inside the front matter; the file has the opening `---` line first.
    if (mark) Object.assign(problem, { line: mark.line + 2, column: mark.column + 1 });
    return { problem };
  }
}
