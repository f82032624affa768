// Plain JavaScript, typed by JSDoc: the pages are read in a thread of its own (page-source-thread.mjs), which starts
// without the main thread's TypeScript loader.

/** @typedef {import("./problems.ts").Problem} Problem */

// ignoreBOM: keep a byte-order mark in the text, to report it, rather than drop it silently.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lossy = new TextDecoder("utf-8");
// A control character (\p{Cc}: C0, DEL and C1) other than tab and line breaks, as plain ranges: the Unicode
// property with a lookahead took three times as long over a page's whole text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/;

/**
 * @typedef {object} DecodedText
 * @property {string} [text]
 * @property {Problem} [problem]
 * @property {string} bestGuess The text as well as it can be read, even with a problem: enough to see which page it
 *   is, so that one mistake is not echoed as a missing translation of every page around it.
 */

/**
 * A file's text, or why it cannot be read as the site's text: saved in another encoding (published as mojibake),
 * or holding an invisible control character. A byte-order mark is dropped where only the checks read the file (JSON);
 * in a page it is an error, because Eleventy, reading the page itself, would not see the front matter behind it.
 *
 * @param {Uint8Array} bytes
 * @param {string} file
 * @param {"drop" | "refuse"} byteOrderMark
 * @returns {DecodedText}
 */
export function decodeText(bytes, file, byteOrderMark) {
  /** @param {Problem} found */
  const problem = (found) => ({ problem: found, bestGuess: lossy.decode(bytes) });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return problem({ file, message: "is saved as UTF-16: save it as UTF-8" });
  }
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    return problem({ file, message: "is not UTF-8 text (perhaps Shift_JIS or another encoding): save it as UTF-8" });
  }
  if (text.startsWith("\uFEFF")) {
    if (byteOrderMark === "refuse") {
      return problem({ file, message: "starts with a byte-order mark (BOM): save it as UTF-8 without BOM" });
    }
    text = text.slice(1);
  }
  const control = CONTROL.exec(text);
  if (control) {
    const before = text.slice(0, control.index);
    const code = /** @type {number} */ (control[0].codePointAt(0)).toString(16).toUpperCase().padStart(4, "0");
    const where = { line: before.split("\n").length, column: before.length - before.lastIndexOf("\n") };
    return problem({ file, ...where, message: `contains a control character (U+${code}), invisible to readers: remove it` });
  }
  return { text, bestGuess: text };
}
