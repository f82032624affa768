// Plain JavaScript, typed by JSDoc: used by the main thread and by the thread that reads a whole site's pages
// (page-source-thread.mjs), which starts without the main thread's TypeScript loader.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseFrontMatter } from "./front-matter.mjs";
import { decodeText } from "./text-file.mjs";

/**
 * A page as read from its file: its front matter and Markdown, and the problem that kept its text from being read
 * (then what is parsed is its best guess, enough to place it among its translations).
 *
 * @typedef {object} PageSource
 * @property {import("./problems.ts").Problem} [problem]
 * @property {import("./front-matter.mjs").ParsedPage} parsed
 */

/**
 * @param {string} root
 * @param {string} file relative to root
 * @returns {PageSource}
 */
export function readPageSource(root, file) {
  const { text, problem, bestGuess } = decodeText(readFileSync(path.join(root, file)), file, "refuse");
  return problem ? { problem, parsed: parseFrontMatter(bestGuess, file) } : { parsed: parseFrontMatter(text ?? "", file) };
}
