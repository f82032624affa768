import { LAYOUT_IDS } from "#view/layout-ids.ts";
import type { PageView } from "#view/page-data.ts";
import { pageSources } from "#view/page-sources.ts";
import { DateLine } from "./DateLine.tsx";
import { Listing } from "./Listing.tsx";
import { PageList } from "./PageList.tsx";
import { SourceList } from "./SourceList.tsx";

/** Title, review date, the Markdown, its data listing and, on section pages, what the section holds. */
export function PageBody({ view, children }: { view: PageView; children?: JSX.Children }): JSX.Element {
  const { page, content } = view;
  const strings = view.strings[page.lang];
  const inside = view.pages.children(page.lang, page.translationKey).filter((node) => node.translationKey !== "not-found");
  const split = page.listingPlacement === "after-intro" ? content.indexOf("<h2") : -1;
  const [intro, rest] = split === -1 ? [content, ""] : [content.slice(0, split), content.slice(split)];
  return (
    <>
      <h1>{page.title}</h1>
      <div data-pagefind-ignore="all">
        <DateLine label={strings.lastReviewed} separator={strings.labelSeparator} date={page.reviewed} lang={page.lang} />
      </div>
      {{ html: intro }}
      {children}
      <Listing view={view} />
      {rest ? { html: rest } : null}
      <SourceList sources={pageSources(view)} lang={page.lang} strings={strings} />
      <PageList pages={inside} heading={strings.inThisSection} headingId={LAYOUT_IDS.inThisSection} />
    </>
  );
}
