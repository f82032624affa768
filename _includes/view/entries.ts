import { getOrMake } from "#lib/get-or-make.ts";
import type { SiteData } from "#schemas/data-files.ts";
import type { Section } from "#schemas/front-matter.ts";
import type { Lang } from "#schemas/languages.ts";
import { absoluteUrl, type Deployment } from "./absolute-url.ts";
import { expandDates, sourceById } from "./citations.ts";
import { formatEventDates, yearlyDays } from "./dates.ts";
import type { PageTree } from "./page-tree.ts";
import { internationalPhone } from "./phone.ts";
import type { JsonLd } from "./structured-data.ts";

type EntryKind = "center" | "scholarship" | "event";

/**
 * An entry of the site's data (a Center, a scholarship, a dated event) in one language, as every output that is not
 * its own listing sees it: the search index, the feeds and structured data all start from here.
 */
export interface Entry {
  kind: EntryKind;
  id: string;
  lang: Lang;
  title: string;
  summary: string;
  /** The page that lists it, with the entry's anchor: `/en/students/working/centers/#osaka`. */
  url: string;
  section: Section;
  /** The day its facts were last checked (YYYY-MM-DD), for feeds. */
  checked: string;
  /** What a search finds it by, besides its title: its words, then its keywords. */
  searchText: string[];
  /** Its schema.org description, for search engines. */
  structuredData(deployment: Deployment): JsonLd;
}

type EntryData = Pick<SiteData, "centers" | "scholarships" | "events" | "sources" | "strings">;

/**
 * Entries already made, per build: every page's layout asks for them. The tree and the data come from the same
 * checked content, and a new build makes a new (frozen, shared) tree, so the tree alone names the build.
 */
const made = new WeakMap<PageTree, Map<Lang, readonly Entry[]>>();

/** Every entry in one language, each at its anchor on the page that lists it; none whose listing page is missing. */
export function siteEntries(data: EntryData, tree: PageTree, lang: Lang): readonly Entry[] {
  const byLang = getOrMake(made, tree, () => new Map<Lang, readonly Entry[]>());
  return getOrMake(byLang, lang, () => makeEntries(data, tree, lang));
}

function makeEntries(data: EntryData, tree: PageTree, lang: Lang): Entry[] {
  const strings = data.strings[lang];
  const listed = (listing: "centers" | "scholarships" | "calendar") => tree.withListing(lang, listing);
  const entries: Entry[] = [];

  const centersPage = listed("centers");
  if (centersPage) {
    for (const center of data.centers.entries) {
      const url = `${centersPage.url}#${center.id}`;
      const official = (center.contactSources ?? []).every((id) => sourceById(data, id).kind === "official");
      entries.push({
        kind: "center",
        id: center.id,
        lang,
        title: center.name[lang],
        summary: center.summary[lang],
        url,
        section: "working",
        checked: center.lastVerified,
        searchText: [
          center.city[lang],
          center.summary[lang],
          ...center.notes.map((note) => expandDates(note.text[lang], lang, data, strings)),
          center.address?.[lang] ?? "",
          ...center.keywords[lang],
        ],
        // Address and phone only when an official source gives them: structured data travels without the page's caution.
        structuredData: (deployment) => ({
          "@type": "GovernmentOffice",
          "@id": absoluteUrl(deployment, url),
          name: center.name[lang],
          description: center.summary[lang],
          url: sourceById(data, center.website).url,
          areaServed: center.city[lang],
          ...(official && center.address ? { address: center.address[lang] } : {}),
          ...(official && center.phone ? { telephone: internationalPhone(center.phone) } : {}),
        }),
      });
    }
  }

  const scholarshipsPage = listed("scholarships");
  if (scholarshipsPage) {
    for (const item of data.scholarships.entries) {
      const url = `${scholarshipsPage.url}#${item.id}`;
      entries.push({
        kind: "scholarship",
        id: item.id,
        lang,
        title: item.name[lang],
        summary: item.summary[lang],
        url,
        section: "scholarships",
        checked: item.lastVerified,
        searchText: [
          item.provider[lang],
          item.summary[lang],
          ...item.facts.map((fact) => expandDates(fact[lang], lang, data, strings)),
          ...item.keywords[lang],
        ],
        structuredData: (deployment) => ({
          "@type": "MonetaryGrant",
          "@id": absoluteUrl(deployment, url),
          name: item.name[lang],
          description: item.summary[lang],
          url: sourceById(data, item.source).url,
          funder: { "@type": "Organization", name: item.provider[lang] },
        }),
      });
    }
  }

  const calendarPage = listed("calendar");
  if (calendarPage) {
    for (const event of data.events.entries) {
      const url = `${calendarPage.url}#${event.id}`;
      const dates = formatEventDates(event.when, lang, strings, event.approximate);
      const explained = tree.find(lang, event.page);
      entries.push({
        kind: "event",
        id: event.id,
        lang,
        title: event.title[lang],
        summary: `${dates}${strings.labelSeparator}${event.text[lang]}`,
        url,
        section: "working",
        checked: sourceById(data, event.source).lastChecked,
        searchText: [dates, event.text[lang]],
        structuredData: (deployment) => ({
          "@type": "Event",
          "@id": absoluteUrl(deployment, url),
          name: event.title[lang],
          description: event.text[lang],
          audience: { "@type": "Audience", audienceType: event.audience[lang] },
          ...(explained ? { url: absoluteUrl(deployment, explained.url) } : {}),
          ...("yearly" in event.when
            ? { eventSchedule: schedule(yearlyDays(event.when.yearly, event.approximate)) }
            : { startDate: event.when.start, endDate: event.when.end ?? event.when.start }),
        }),
      });
    }
  }
  return entries;
}

/** A window that comes back every year, as schema.org says it: yearless dates and a yearly repeat. */
const schedule = ({ start, end }: { start: string; end: string }): JsonLd => ({
  "@type": "Schedule",
  repeatFrequency: "P1Y",
  startDate: `--${start}`,
  endDate: `--${end}`,
});
