// Plain JavaScript, typed by JSDoc: the pages are read in a thread of its own (page-source-thread.mjs), which starts
// without the main thread's TypeScript loader.
// js-yaml 4, the line Eleventy itself uses, not 5: 5.5.0's event-based parser took 267-343 ms for the 4,116 front
// matters of the 4,000-page bench site, 4.3.2 took 53-131 ms for the same results, on the build's serial path.
import * as yaml from "js-yaml";

/** @typedef {import("./problems.ts").Problem} Problem */

/**
 * A page's front matter is the YAML between its first line, `---`, and the next line that is `---` (spaces after
 * either are allowed). Cut here rather than by gray-matter, which keeps every text it parsed, as a property name, and
 * copies each into a buffer: on the build's serial path at 4,000 pages, gray-matter took 98-200 ms more than the YAML
 * itself (46-50 ms), in the thread that reads the pages and that the checks wait for.
 */
const OPENING = /^---[^\S\n]*\n/;
const CLOSING = /^---[^\S\n]*(?:\n|$)/m;

/**
 * YAML without implicit timestamps: `reviewed: 2025-02-30` stays the string the maintainer wrote,
 * so the schema can reject it instead of js-yaml rolling it over to 2 March. Only the checks parse front matter:
 * Eleventy renders each page from what they read (scripts/eleventy/checked-markdown.ts).
 *
 * @param {string} source
 * @returns {Record<string, unknown>}
 */
const parseYaml = (source) => /** @type {Record<string, unknown>} */ (yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {});

/**
 * A page's front matter, and its Markdown with the line the Markdown starts on (for messages about the body).
 *
 * @typedef {object} ParsedPage
 * @property {Record<string, unknown>} [data]
 * @property {{ text: string, firstLine: number }} [body]
 * @property {Problem} [problem]
 */

/**
 * A page without front matter is all Markdown, with no data (the schema then names what it lacks); front matter that
 * is never closed runs to the end of the file, and the page has no Markdown.
 *
 * @param {string} text
 * @param {string} file
 * @returns {ParsedPage}
 */
export function parseFrontMatter(text, file) {
  const opening = OPENING.exec(text);
  if (!opening) return { data: {}, body: { text, firstLine: 1 } };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  const block = closing ? rest.slice(0, closing.index) : rest;
  const body = closing ? rest.slice(closing.index + closing[0].length) : "";
  try {
    const data = parseYaml(block);
    return { data, body: { text: body, firstLine: text.slice(0, text.length - body.length).split("\n").length } };
  } catch (error) {
    const { mark, reason, message } = /** @type {{ mark?: { line: number, column: number }, reason?: string, message: string }} */ (error);
    /** @type {Problem} */
    const problem = { file, field: "front matter", message: `is not valid YAML: ${reason ?? message}` };
    // js-yaml counts from 0 inside the front matter; the file has the opening `---` line first.
    if (mark) Object.assign(problem, { line: mark.line + 2, column: mark.column + 1 });
    return { problem };
  }
}
