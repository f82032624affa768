import { atomFeed, feedEntries } from "../scripts/eleventy/feed.ts";
import { pageTree } from "../scripts/eleventy/page-tree.ts";
import type { PageData } from "../scripts/eleventy/page-data.ts";
import { LANGUAGES, type Lang } from "../scripts/schemas/common.ts";

/** One Atom feed per language: /en/feed.xml, /ja/feed.xml. */
export const data = {
  feedLanguages: LANGUAGES,
  pagination: { data: "feedLanguages", size: 1, alias: "feedLang" },
  permalink: ({ feedLang }: { feedLang: Lang }) => `/${feedLang}/feed.xml`,
  eleventyExcludeFromCollections: true,
};

export function render(data: PageData & { feedLang: Lang }): string {
  const { feedLang: lang, strings, collections, centres, scholarships, deployment } = data;
  const tree = pageTree(collections.all);
  return atomFeed({
    lang,
    title: strings[lang].siteName,
    subtitle: strings[lang].feedTitle,
    feedUrl: data.page.url,
    homeUrl: tree.find(lang, "home")?.url ?? `/${lang}/`,
    entries: feedEntries(lang, tree, centres, scholarships),
    deployment,
  });
}
