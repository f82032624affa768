import type { PageData } from "../../scripts/eleventy/page-data.ts";
import { pageTree } from "../../scripts/eleventy/page-tree.ts";
import { Document } from "../components/Document.tsx";
import { PageBody } from "../components/PageBody.tsx";
import { PageList } from "../components/PageList.tsx";
import { SearchForm } from "../components/SearchForm.tsx";

/** The search page: a form that works without JavaScript, results when it runs, and the A–Z list always. */
export function render(data: PageData): JSX.Element {
  const strings = data.strings[data.lang];
  const tree = pageTree(data.collections.all);
  const clientStrings = {
    loading: strings.searchLoading,
    count: strings.searchResultsCount,
    none: strings.searchNoResults,
    unavailable: strings.searchUnavailable,
    more: strings.searchMore,
    filterAll: strings.filterAll,
    page: strings.filterPage,
    centre: strings.filterCentre,
    scholarship: strings.filterScholarship,
  };
  return (
    <Document data={data} isSearchPage>
      <PageBody data={data}>
        <div class="search" id="search" data-strings={JSON.stringify(clientStrings)}>
          <SearchForm action={data.page.url} strings={strings} id="search-input" />
          <fieldset class="search-filters" hidden>
            <legend>{strings.searchFilterLegend}</legend>
            {(["all", "page", "centre", "scholarship"] as const).map((type) => (
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
          <p id="search-status" class="search-status" role="status" aria-live="polite"></p>
          <ol id="search-results" class="search-results"></ol>
        </div>
        <PageList pages={tree.alphabetical(data.lang)} heading={strings.azHeading} headingId="a-z" />
      </PageBody>
    </Document>
  );
}
