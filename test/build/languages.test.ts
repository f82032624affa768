import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, test } from "node:test";
import { type HTMLElement, type Node, NodeType, parse } from "node-html-parser";
import { builtPages, loadPage, text } from "#test/html.ts";
import { ROOT } from "#test/site.ts";

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u;
/** Names and acronyms that stay in Latin letters on Japanese pages. */
const NAMES_IN_LATIN = new Set([
  "JASSO",
  "MEXT",
  "MOFA",
  "MHLW",
  "JLPT",
  "N2",
  "N4",
  "SSW",
  "iCalendar",
  "URL",
  "English",
  "Global30",
  "Study",
  "in",
  "Japan",
  "Hello",
  "Work",
  "JavaScript",
  // A secondary source's publisher is a website known by its address.
  "waque",
  "jp",
]);

/** Every text node with the language it is in: the nearest `lang` attribute above it. */
function textByLanguage(node: Node, lang: string, out: Array<{ lang: string; text: string }>): void {
  for (const child of node.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE) {
      const value = child.textContent.trim();
      if (value) out.push({ lang, text: value });
    } else if (child.nodeType === NodeType.ELEMENT_NODE) {
      const element = child as HTMLElement;
      if (["SCRIPT", "STYLE"].includes(element.tagName)) continue;
      // The parser keeps <noscript> as raw text; read it as the markup a browser without scripts shows.
      if (element.tagName === "NOSCRIPT") {
        textByLanguage(parse(element.textContent), element.getAttribute("lang") ?? lang, out);
        continue;
      }
      textByLanguage(element, element.getAttribute("lang") ?? lang, out);
    }
  }
}

/** Text a reader sees or hears: text nodes plus the attributes read aloud or shown. */
function readerText(page: HTMLElement): Array<{ lang: string; text: string }> {
  const html = page.querySelector("html")!;
  const out: Array<{ lang: string; text: string }> = [];
  textByLanguage(html, html.getAttribute("lang") ?? "", out);
  for (const element of page.querySelectorAll("[aria-label], [placeholder], meta[name=description], [alt], [title]")) {
    const lang = element.closest("[lang]")?.getAttribute("lang") ?? "";
    for (const attr of ["aria-label", "placeholder", "content", "alt", "title"]) {
      const value = element.getAttribute(attr);
      if (value && !(attr === "content" && element.tagName !== "META")) out.push({ lang, text: value });
    }
  }
  return out;
}

const pages = (await builtPages()).filter((url) => /^\/(en|ja)\//.test(url));
const base = new URL("/", (JSON.parse(await readFile(path.join(ROOT, "_data/site.json"), "utf8")) as { url: string }).url).href;

describe("each language's pages are in that language", () => {
  test("every page under /en/ and /ja/ declares its language", async () => {
    for (const url of pages) {
      const lang = url.slice(1, 3);
      assert.equal((await loadPage(url)).querySelector("html")?.getAttribute("lang"), lang, url);
    }
  });

  test("no Japanese text on English pages, outside elements marked lang=ja", async () => {
    for (const url of pages.filter((u) => u.startsWith("/en/"))) {
      const texts = readerText(await loadPage(url)).filter(({ lang }) => lang === "en");
      assert.ok(texts.length > 10, `${url}: the scan found its English text`);
      for (const { text } of texts) assert.doesNotMatch(text, JAPANESE, `${url}: "${text}"`);
    }
  });

  test("no English text on Japanese pages, apart from names, outside elements marked lang=en", async () => {
    for (const url of pages.filter((u) => u.startsWith("/ja/"))) {
      const texts = readerText(await loadPage(url)).filter(({ lang }) => lang === "ja");
      assert.ok(texts.length > 10, `${url}: the scan found its Japanese text`);
      for (const { text } of texts) {
        const words = text.replace(/https?:\/\/\S+/g, "").match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
        const foreign = words.filter((word) => !NAMES_IN_LATIN.has(word));
        assert.deepEqual(foreign, [], `${url}: "${text}"`);
      }
    }
  });

  test("the language menu leads to the same page in the other language, named in that language", async () => {
    for (const url of pages) {
      const page = await loadPage(url);
      const other = url.startsWith("/en/") ? "ja" : "en";
      const expected = `/${other}${url.slice(3)}`;
      const link = page.querySelector(`.language-menu a[hreflang=${other}]`);
      assert.equal(link?.getAttribute("href"), expected, url);
      assert.equal(link?.getAttribute("lang"), other, url);
      assert.equal(text(link), other === "ja" ? "日本語" : "English", url);
    }
  });

  test("every page names both languages and x-default with hreflang", async () => {
    for (const url of pages) {
      const page = await loadPage(url);
      const alternates = Object.fromEntries(
        page.querySelectorAll("link[rel=alternate][hreflang]").map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]),
      );
      const path = url.slice(3);
      // Absolute, as search engines require.
      const at = (lang: string) => new URL(`${lang}${path}`, base).href;
      assert.deepEqual(alternates, { en: at("/en"), ja: at("/ja"), "x-default": at("/en") }, url);
    }
  });
});
