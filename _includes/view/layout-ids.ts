/**
 * The ids the layouts give elements, so a heading in a page's Markdown cannot take one (two elements with one id
 * break the skip link, the search script and in-page links). The validator refuses a heading that would.
 */
export const LAYOUT_IDS = {
  main: "main",
  headerSearch: "header-search",
  search: "search",
  searchInput: "search-input",
  searchStatus: "search-status",
  searchResults: "search-results",
  azList: "a-z",
  inThisSection: "in-this-section",
  sources: "sources",
  centerLinks: "center-links",
} as const;

/** Ids made from an id in the data: each source in a page's list, each sidebar block, each month of the key dates. */
export const sourceAnchor = (id: string) => `source-${id}`;
export const sidebarBlockId = (id: string) => `sidebar-${id}`;
export const monthId = (month: number | string) => `month-${month}`;
export const LAYOUT_ID_PREFIXES = [sourceAnchor(""), sidebarBlockId(""), monthId("")] as const;

/** On a page listing data entries: each entry's id and its heading's. */
export const entryHeadingId = (id: string) => `${id}-name`;
