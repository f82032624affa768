import { z } from "zod";
import { schemaLink } from "./common.ts";

const text = z.string().trim().min(1, "is empty: expected the text shown to readers");

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
  filterCentre: text,
  filterScholarship: text,
  searchLoading: text,
  searchResultsCount: text,
  searchNoResults: text,
  searchUnavailable: text,
  searchHint: text,
  searchNeedsScript: text,
  azHeading: text,
  lastReviewed: text,
  lastVerified: text,
  source: text,
  externalLink: text,
  inThisSection: text,
  relatedLinks: text,
  centreWebsite: text,
  centreAddress: text,
  centrePhone: text,
  centreMoreLinks: text,
  contactSecondary: text,
  contactMissing: text,
  centreLinksHeading: text,
  scholarshipProvider: text,
  scholarshipOfficialPage: text,
  scholarshipCategoryGovernment: text,
  scholarshipCategoryJasso: text,
  scholarshipCategoryOther: text,
  footerFacts: text,
  footerSearch: text,
  footerAz: text,
  enterSite: text,
  notFoundTitle: text,
  notFoundBody: text,
});

export type Strings = z.infer<typeof stringsFile>;
