import type { Strings } from "#schemas/strings.ts";

interface Props {
  action: string;
  strings: Strings;
  id: string;
}

/** A plain GET form: it works with JavaScript off (the search page then shows the A–Z list). */
export function SearchForm({ action, strings, id }: Props): JSX.Element {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too new for the older phones students use; role="search" is read everywhere
    <form class="search-form" role="search" action={action} method="get">
      <label for={id}>{strings.searchLabel}</label>
      <span class="search-row">
        <input type="search" id={id} name="q" autocomplete="off" enterkeyhint="search" placeholder={strings.searchPlaceholder} />
        <button type="submit">{strings.searchButton}</button>
      </span>
    </form>
  );
}
