import { LANGUAGES, type Lang } from "#schemas/languages.ts";
import { atomFeed, feedEntries } from "#view/feed.ts";
import type { SiteGlobals } from "#view/page-data.ts";

/** One Atom feed per language: /en/feed.xml, /ja/feed.xml. */
export const data = {
  feedLanguages: LANGUAGES,
  pagination: { data: "feedLanguages", size: 1, alias: "feedLang" },
  permalink: ({ feedLang }: { feedLang: Lang }) => `/${feedLang}/feed.xml`,
  layout: false,
};

export function render(data: SiteGlobals & { feedLang: Lang; page: { url: string } }): string {
  const { feedLang: lang, strings, pages, deployment } = data;
  return atomFeed({
    lang,
    title: strings[lang].siteName,
    subtitle: strings[lang].feedTitle,
    feedUrl: data.page.url,
    homeUrl: pages.find(lang, "home")?.url ?? `/${lang}/`,
    entries: feedEntries(lang, pages, data),
    deployment,
  });
}
