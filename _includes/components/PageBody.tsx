import type { PageData } from "../../scripts/eleventy/page-data.ts";
import { pageTree } from "../../scripts/eleventy/page-tree.ts";
import { DateLine } from "./DateLine.tsx";
import { Listing } from "./Listing.tsx";
import { PageList } from "./PageList.tsx";

/** Title, review date, the Markdown, its data listing and, on section pages, what the section holds. */
export function PageBody({ data, children }: { data: PageData; children?: JSX.Children }): JSX.Element {
  const strings = data.strings[data.lang];
  const tree = pageTree(data.collections.all);
  const inside = tree.children(data.lang, data.translationKey).filter((node) => node.key !== "not-found");
  const split = data.listingPlacement === "after-intro" ? data.content.indexOf("<h2") : -1;
  const [intro, rest] = split === -1 ? [data.content, ""] : [data.content.slice(0, split), data.content.slice(split)];
  return (
    <>
      <h1>{data.title}</h1>
      <div data-pagefind-ignore="all">
        <DateLine label={strings.lastReviewed} separator={strings.labelSeparator} date={data.reviewed} lang={data.lang} />
      </div>
      {{ html: intro }}
      {children}
      <Listing data={data} tree={tree} />
      {rest ? { html: rest } : null}
      <PageList pages={inside} heading={strings.inThisSection} headingId="in-this-section" />
    </>
  );
}
