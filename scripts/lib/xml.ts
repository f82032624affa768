import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces.js";

export const ATOM = "http://www.w3.org/2005/Atom";
export const SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
export const XHTML = "http://www.w3.org/1999/xhtml";
export const XMLNS = "http://www.w3.org/2000/xmlns/";

/**
 * A new XML document. xmlbuilder2 escapes every value; a character XML cannot carry at all (a control character,
 * which the checks refuse in the data anyway) becomes U+FFFD, so the file stays well-formed whatever the data holds.
 */
export const xmlDocument = (encoding: "utf-8" | "UTF-8"): XMLBuilder =>
  create({ version: "1.0", encoding, invalidCharReplacement: "\uFFFD" });

/** The document as text, indented. */
export const xml = (document: XMLBuilder): string => `${document.end({ prettyPrint: true })}\n`;
