import { parseIsoDate } from "#lib/japan-time.ts";
import { ATOM, type XmlElement, xml } from "#lib/xml.ts";
import type { Lang } from "#schemas/languages.ts";
import { absoluteUrl, type Deployment } from "./absolute-url.ts";
import { siteEntries } from "./entries.ts";
import type { PageTree } from "./page-tree.ts";

export interface FeedEntry {
  title: string;
  url: string;
  summary: string;
  /** The day it was last reviewed or verified, in Japan: YYYY-MM-DD. */
  date: string;
}

/** A review date is a day in Japan; Atom wants an instant (RFC 3339): midnight Japan time, written in UTC. */
const instant = (day: string): string => parseIsoDate(day).toUTC().toISO({ suppressMilliseconds: true }) ?? day;

/** What changed, newest first: every content page by its review date, every entry of the data by its check date. */
export function feedEntries(lang: Lang, tree: PageTree, data: Parameters<typeof siteEntries>[0]): FeedEntry[] {
  const pages = tree.alphabetical(lang).filter((page) => page.searchable);
  return [
    ...pages.map((page) => ({ title: page.title, url: page.url, summary: page.description, date: page.reviewed })),
    ...siteEntries(data, tree, lang).map((entry) => ({ title: entry.title, url: entry.url, summary: entry.summary, date: entry.checked })),
  ].sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url));
}

interface FeedOptions {
  lang: Lang;
  title: string;
  subtitle: string;
  /** The feed's own URL and its language's home page, as Eleventy writes them. */
  feedUrl: string;
  homeUrl: string;
  entries: FeedEntry[];
  deployment: Deployment;
}

/** An Atom feed; `updated` is the newest entry's date, never the time of the build, so rebuilds are identical. */
export function atomFeed({ lang, title, subtitle, feedUrl, homeUrl, entries, deployment }: FeedOptions): string {
  const abs = (url: string) => absoluteUrl(deployment, url);
  const feed: XmlElement = {
    "@_xmlns": ATOM,
    "@_xml:lang": lang,
    title,
    subtitle,
    link: [{ "@_href": abs(feedUrl), "@_rel": "self" }, { "@_href": abs(homeUrl) }],
    id: abs(feedUrl),
    updated: instant(entries[0]?.date ?? "1970-01-01"),
    author: { name: title },
    entry: entries.map((entry) => ({
      title: entry.title,
      link: { "@_href": abs(entry.url) },
      id: abs(entry.url),
      updated: instant(entry.date),
      summary: entry.summary,
    })),
  };
  return xml({ feed }, "utf-8");
}
