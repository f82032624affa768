import type { Strings } from "#schemas/strings.ts";

interface Props {
  href: string;
  strings: Strings;
  children: JSX.Children;
}

/** A link off the site: opened without handing over this page, and announced as external to screen readers. */
export function ExternalLink({ href, strings, children }: Props): JSX.Element {
  return (
    <a href={href} rel="noopener noreferrer" class="external">
      {children}
      {/* Said to screen readers, not shown: kept out of search snippets too. */}
      <span class="visually-hidden" data-pagefind-ignore>
        {" "}
        {strings.externalLink}
      </span>
    </a>
  );
}
