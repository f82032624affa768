import { z } from "zod";
import { plainText, schemaLink } from "./common.ts";

const text = plainText("is empty: expected the text shown to readers");

/**
 * Text that depends on a number, one form per plural category of the language (Intl.PluralRules): English has
 * "one" and "other", Japanese only "other". `{count}` is the number.
 */
const plural = z.strictObject({
  zero: text.optional(),
  one: text.optional(),
  two: text.optional(),
  few: text.optional(),
  many: text.optional(),
  other: text,
});

/** Every piece of interface text, so a new language adds a file, not layout changes. `{name}` marks a value filled in. */
export const stringsFile = z.strictObject({
  ...schemaLink,
  /** ": " in English, "：" in Japanese. */
  labelSeparator: z.string().min(1),
  siteName: text,
  siteTagline: text,
  skipToContent: text,
  breadcrumbLabel: text,
  home: text,
  /** The language menu's button, in its own language: "Language" / 「言語」. */
  languageMenu: text,
  searchLabel: text,
  searchButton: text,
  searchPlaceholder: text,
  searchFilterLegend: text,
  filterAll: text,
  filterPage: text,
  filterCenter: text,
  filterScholarship: text,
  filterEvent: text,
  searchLoading: text,
  searchResultsCount: plural,
  searchNoResults: text,
  /** A query that found nothing, retried with a shorter form of its last word: {query}, {stem}, {count}. */
  searchRetried: plural,
  /** Offline, for a word whose part of the index this device has not kept. */
  searchOffline: text,
  searchMore: text,
  searchUnavailable: text,
  searchNeedsScript: text,
  azHeading: text,
  lastReviewed: text,
  /** "{start} – {end}": a range of dates. */
  dateRange: text,
  /** "early {month}", "mid-{month}", "late {month}": dates a source gives only roughly. */
  dateEarlyMonth: text,
  dateMidMonth: text,
  dateLateMonth: text,
  /** The heading of the list of sources at the end of a page. */
  sourcesHeading: text,
  /** "(source: {sources})" around one cited source, "(sources: {sources})" around several. */
  citation: text,
  citationMany: text,
  /** A secondary source in a citation: "{publisher}, secondary". */
  citationSecondary: text,
  sourceOfficial: text,
  sourceSecondary: text,
  /** "in {language}" after a source written in another language than the page. */
  sourceLanguage: text,
  sourceChecked: text,
  lastVerified: text,
  source: text,
  externalLink: text,
  inThisSection: text,
  /** At the top of a translation no fluent reader has checked yet, before the links to the English and Japanese pages. */
  translationUnreviewed: text,
  /** The words a page is also found by, shown at its end: "Related words". */
  keywordsLabel: text,
  /** Between the items of a list in running text: ", " / "、". */
  listSeparator: z.string().min(1),
  /** The key dates: the calendar's name, its subscription link, and the words around each date. */
  calendarName: text,
  calendarSubscribe: text,
  calendarSubscribeNote: text,
  calendarEveryYear: text,
  /** "in {year}" for a one-off date. */
  calendarInYear: text,
  calendarFor: text,
  calendarExplained: text,
  /** The offline page's list of pages kept on this device. */
  offlineSavedPages: text,
  offlineNoSavedPages: text,
  relatedLinks: text,
  centerWebsite: text,
  centerAddress: text,
  centerPhone: text,
  centerMoreLinks: text,
  /** Said once per Center: addresses, phones and hours change. */
  centerCheckBeforeVisit: text,
  centerLinksHeading: text,
  scholarshipProvider: text,
  scholarshipOfficialPage: text,
  scholarshipCategoryGovernment: text,
  scholarshipCategoryJasso: text,
  scholarshipCategoryOther: text,
  footerFacts: text,
  footerSearch: text,
  footerAz: text,
  feedTitle: text,
  enterSite: text,
  notFoundTitle: text,
  notFoundBody: text,
});

export type Strings = z.infer<typeof stringsFile>;
