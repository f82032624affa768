import { markJapaneseTerms } from "#content/japanese-terms.ts";
import { escapeHtml } from "#lib/escape-html.ts";
import { LAYOUT_IDS } from "#view/layout-ids.ts";
import type { PageView } from "#view/page-data.ts";
import { pageSources } from "#view/page-sources.ts";
import { isListed } from "#view/page-tree.ts";
import { DateLine } from "./DateLine.tsx";
import { Listing } from "./Listing.tsx";
import { PageList } from "./PageList.tsx";
import { SourceList } from "./SourceList.tsx";
import { TranslationNote } from "./TranslationNote.tsx";

/** Title, review date, the Markdown, its data listing and, on section pages, what the section holds. */
export function PageBody({ view }: { view: PageView }): JSX.Element {
  const { page, content } = view;
  const strings = view.strings[page.lang];
  const inside = view.pages.children(page.lang, page.translationKey).filter(isListed);
  const split = page.listingPlacement === "after-intro" ? content.indexOf("<h2") : -1;
  const [intro, rest] = split === -1 ? [content, ""] : [content.slice(0, split), content.slice(split)];
  return (
    <>
      <h1 data-pagefind-filter={`section:${page.section}`}>{page.title}</h1>
      <TranslationNote view={view} />
      {page.excludeFromSearch ? null : (
        <DateLine label={strings.lastReviewed} separator={strings.labelSeparator} date={page.reviewed} lang={page.lang} />
      )}
      {{ html: intro }}
      <Listing view={view} />
      {rest ? { html: rest } : null}
      {page.keywords?.length && !page.excludeFromSearch ? (
        // Shown, so a page found by one of its keywords shows the reader that word in the search snippet.
        <p class="keywords" data-pagefind-weight="5">
          {strings.keywordsLabel}
          {strings.labelSeparator}
          {{ html: markJapaneseTerms(escapeHtml(page.keywords.join(strings.listSeparator)), page.lang) }}
        </p>
      ) : null}
      <SourceList sources={pageSources(view)} lang={page.lang} strings={strings} />
      <PageList pages={inside} heading={strings.inThisSection} headingId={LAYOUT_IDS.inThisSection} />
    </>
  );
}
