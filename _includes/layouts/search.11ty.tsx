import { Document } from "#components/Document.tsx";
import { PageBody } from "#components/PageBody.tsx";
import { PageList } from "#components/PageList.tsx";
import { SearchForm } from "#components/SearchForm.tsx";
import { LAYOUT_IDS } from "#view/layout-ids.ts";
import { type LayoutData, pageView } from "#view/page-data.ts";

/** The search page: a form that works without JavaScript, results when it runs, and the A–Z list always. */
export function render(data: LayoutData): JSX.Element {
  const view = pageView(data);
  const { page } = view;
  const strings = view.strings[page.lang];
  const clientStrings = {
    loading: strings.searchLoading,
    count: strings.searchResultsCount,
    none: strings.searchNoResults,
    retried: strings.searchRetried,
    unavailable: strings.searchUnavailable,
    more: strings.searchMore,
    filterAll: strings.filterAll,
    page: strings.filterPage,
    center: strings.filterCenter,
    scholarship: strings.filterScholarship,
  };
  return (
    <Document view={view} isSearchPage>
      <PageBody view={view}>
        <div class="search" id={LAYOUT_IDS.search} data-strings={JSON.stringify(clientStrings)}>
          <SearchForm action={page.url} strings={strings} id={LAYOUT_IDS.searchInput} />
          <fieldset class="search-filters" hidden>
            <legend>{strings.searchFilterLegend}</legend>
            {(["all", "page", "center", "scholarship"] as const).map((type) => (
              <label>
                <input type="radio" name="type" value={type} checked={type === "all"} />{" "}
                {type === "all" ? strings.filterAll : clientStrings[type]}
              </label>
            ))}
          </fieldset>
          <p class="search-hint">{strings.searchHint}</p>
          <noscript>
            <p class="search-hint">{strings.searchNeedsScript}</p>
          </noscript>
          <p id={LAYOUT_IDS.searchStatus} class="search-status" role="status" aria-live="polite"></p>
          <ol id={LAYOUT_IDS.searchResults} class="search-results"></ol>
        </div>
        <PageList pages={view.pages.alphabetical(page.lang)} heading={strings.azHeading} headingId={LAYOUT_IDS.azList} />
      </PageBody>
    </Document>
  );
}
