import { Document } from "#components/Document.tsx";
import { PageList } from "#components/PageList.tsx";
import { SearchForm } from "#components/SearchForm.tsx";
import { TranslationNote } from "#components/TranslationNote.tsx";
import { LAYOUT_IDS } from "#view/layout-ids.ts";
import { type LayoutData, pageView } from "#view/page-data.ts";

/**
 * The search page: the form and its results first, so the first result shows on a phone without scrolling. The A–Z
 * list stands where the results go until there are some (and is all a browser without JavaScript can offer): results
 * take its place rather than push it down, so nothing on screen moves when the search script starts.
 */
export function render(data: LayoutData): JSX.Element {
  const view = pageView(data);
  const { page } = view;
  const strings = view.strings[page.lang];
  /** One per kind of search result (the `type` filter), and everything. */
  const filterLabels = {
    all: strings.filterAll,
    page: strings.filterPage,
    center: strings.filterCenter,
    scholarship: strings.filterScholarship,
    event: strings.filterEvent,
  };
  const clientStrings = {
    loading: strings.searchLoading,
    count: strings.searchResultsCount,
    none: strings.searchNoResults,
    retried: strings.searchRetried,
    unavailable: strings.searchUnavailable,
    offline: strings.searchOffline,
    more: strings.searchMore,
  };
  return (
    <Document view={view} script={view.assets.search} isSearchPage>
      <h1>{page.title}</h1>
      <TranslationNote view={view} />
      <div class="search" id={LAYOUT_IDS.search} data-strings={JSON.stringify(clientStrings)}>
        <SearchForm action={page.url} strings={strings} id={LAYOUT_IDS.searchInput} />
        <fieldset class="search-filters">
          <legend>{strings.searchFilterLegend}</legend>
          {Object.entries(filterLabels).map(([type, label]) => (
            <label>
              <input type="radio" name="type" value={type} checked={type === "all"} /> {label}
            </label>
          ))}
        </fieldset>
        <noscript>
          <p class="search-needs-script">{strings.searchNeedsScript}</p>
        </noscript>
        <p id={LAYOUT_IDS.searchStatus} class="search-status" role="status" aria-live="polite"></p>
        <ol id={LAYOUT_IDS.searchResults} class="search-results"></ol>
      </div>
      <PageList pages={view.pages.alphabetical(page.lang)} heading={strings.azHeading} headingId={LAYOUT_IDS.azList} />
      {{ html: view.content }}
    </Document>
  );
}
