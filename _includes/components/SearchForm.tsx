import type { Strings } from "#schemas/strings.ts";

interface Props {
  action: string;
  strings: Strings;
  id: string;
}

/** The search page's form: a plain GET form that the search script upgrades. The page's title is its visible label. */
export function SearchForm({ action, strings, id }: Props): JSX.Element {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too new for the older phones students use; role="search" is read everywhere
    <form class="search-form" role="search" action={action} method="get">
      <label for={id} class="visually-hidden">
        {strings.searchLabel}
      </label>
      <span class="search-row">
        <input type="search" id={id} name="q" autocomplete="off" enterkeyhint="search" placeholder={strings.searchPlaceholder} />
        <button type="submit">{strings.searchButton}</button>
      </span>
    </form>
  );
}
