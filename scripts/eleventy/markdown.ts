import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from "markdown-it";
import anchor from "markdown-it-anchor";
import { HEADING_ID } from "#content/heading-ids.ts";
import { CITATION, citationIds, DATE_REFERENCE } from "#content/inline-syntax.ts";
import { markJapaneseTerms } from "#content/japanese-terms.ts";
import { languageOfPage } from "#content/page-language.ts";
import { slugify } from "#lib/slugify.ts";
import type { SiteData } from "#schemas/data-files.ts";
import { citationHtml, eventDatesHtml, type ReferenceData } from "#view/citations.ts";

/** What Eleventy hands markdown-it with each page: the page's data, where it lives, the checked data. */
interface RenderEnv extends Partial<ReferenceData> {
  page?: { inputPath: string };
  strings?: SiteData["strings"];
}

/** The data citations and dates are drawn from, and the page's language; a page rendered without them is a bug. */
function referencesFor(env: RenderEnv | undefined) {
  const lang = env?.page ? languageOfPage(env.page.inputPath) : undefined;
  if (!lang || !env?.sources || !env.events || !env.strings)
    throw new Error("Citations and dates need the page's language and the checked sources and events");
  return { lang, data: { sources: env.sources, events: env.events, strings: env.strings } };
}

function markJapanese(md: MarkdownItInstance): void {
  md.renderer.rules.text = (tokens, idx, _options, env) => {
    const text = md.utils.escapeHtml(tokens[idx]!.content);
    const lang = (env as RenderEnv | undefined)?.page ? languageOfPage((env as RenderEnv).page!.inputPath) : undefined;
    return lang ? markJapaneseTerms(text, lang) : text;
  };
}

/** `[@source-id]` and `[[date:event-id]]` (see #content/inline-syntax.ts), drawn from the checked sources and events. */
function citationsAndDates(md: MarkdownItInstance): void {
  const rules = [
    { name: "citation", pattern: new RegExp(CITATION.source, "y"), ids: citationIds },
    { name: "event_date", pattern: new RegExp(DATE_REFERENCE.source, "y"), ids: (match: RegExpExecArray) => [match[1]!] },
  ];
  for (const { name, pattern, ids } of rules) {
    md.inline.ruler.before("link", name, (state, silent) => {
      if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
      pattern.lastIndex = state.pos;
      const match = pattern.exec(state.src);
      if (!match) return false;
      if (!silent) state.push(name, "", 0).meta = { ids: ids(match) };
      state.pos += match[0].length;
      return true;
    });
  }
  md.renderer.rules.citation = (tokens, idx, _options, env) => {
    const { lang, data } = referencesFor(env as RenderEnv);
    return citationHtml((tokens[idx]!.meta as { ids: string[] }).ids, lang, data);
  };
  md.renderer.rules.event_date = (tokens, idx, _options, env) => {
    const { lang, data } = referencesFor(env as RenderEnv);
    return eventDatesHtml((tokens[idx]!.meta as { ids: [string] }).ids[0], lang, data);
  };
}

/** External links open safely and tell screen-reader users they leave the site, in the page's language. */
function markExternalLinks(md: MarkdownItInstance): void {
  const isExternal = (href: string | number | null) => typeof href === "string" && /^https?:\/\//.test(href);
  md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
    const token = tokens[idx]!;
    if (isExternal(token.attrGet("href"))) {
      token.attrSet("rel", "noopener noreferrer");
      token.attrJoin("class", "external");
    }
    return self.renderToken(tokens, idx, options);
  };
  md.renderer.rules.link_close = (tokens, idx, options, rawEnv, self) => {
    const env = rawEnv as RenderEnv | undefined;
    let depth = 0;
    for (let i = idx - 1; i >= 0; i--) {
      const token = tokens[i]!;
      if (token.type === "link_close") depth++;
      if (token.type === "link_open" && depth-- === 0) {
        if (!isExternal(token.attrGet("href"))) break;
        const lang = env?.page ? languageOfPage(env.page.inputPath) : undefined;
        const label = (lang && env?.strings?.[lang]?.externalLink) ?? "(external site)";
        return `<span class="visually-hidden" data-pagefind-ignore> ${md.utils.escapeHtml(label)}</span>${self.renderToken(tokens, idx, options)}`;
      }
    }
    return self.renderToken(tokens, idx, options);
  };
}

/**
 * `## Heading {#fixed-id}` gives a heading the id other pages link to. Only that form, only on headings: any other
 * text in braces is the reader's text and stays (a general attributes plugin would take "1,000 yen {approx}").
 */
function headingIds(md: MarkdownItInstance): void {
  md.core.ruler.after("inline", "heading_id", (state) => {
    state.tokens.forEach((token, i) => {
      const inline = state.tokens[i + 1];
      if (token.type !== "heading_open" || inline?.type !== "inline") return;
      const fixed = HEADING_ID.exec(inline.content);
      const last = inline.children?.at(-1);
      if (!fixed || last?.type !== "text" || !HEADING_ID.test(last.content)) return;
      token.attrSet("id", fixed[1]!);
      inline.content = inline.content.replace(HEADING_ID, "");
      last.content = last.content.replace(HEADING_ID, "");
    });
  });
}

/** Markdown as maintainers write it: no raw HTML, fixed heading ids (`{#id}`), ids that work in Japanese. */
export function createMarkdown(): MarkdownItInstance {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  // No indented code blocks, as Eleventy sets for its own Markdown: text a maintainer indents stays text.
  md.disable("code");
  md.use(headingIds);
  // After the fixed ids, which it keeps; every other heading gets a slug of its text.
  md.use(anchor, { slugify, tabIndex: false, level: [2, 3, 4] });
  md.use(markExternalLinks);
  md.use(citationsAndDates);
  md.use(markJapanese);
  return md;
}
