import { z } from "zod";
import { plainText, schemaLink } from "./common.ts";

const text = plainText("is empty: expected the text shown to readers");

/** Every piece of interface text, so a new language adds a file, not layout changes. `{name}` marks a value filled in. */
export const stringsFile = z.strictObject({
  ...schemaLink,
  languageName: text,
  /** ": " in English, "：" in Japanese. */
  labelSeparator: z.string().min(1),
  siteName: text,
  siteTagline: text,
  skipToContent: text,
  breadcrumbLabel: text,
  home: text,
  switchLanguageLabel: text,
  searchLabel: text,
  searchButton: text,
  searchPlaceholder: text,
  searchFilterLegend: text,
  filterAll: text,
  filterPage: text,
  filterCenter: text,
  filterScholarship: text,
  searchLoading: text,
  searchResultsCount: text,
  searchNoResults: text,
  /** A query that found nothing, retried with a shorter form of its last word: {query}, {stem}, {count}. */
  searchRetried: text,
  searchMore: text,
  searchUnavailable: text,
  searchHint: text,
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
