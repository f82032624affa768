import type { PageNode } from "#view/page-tree.ts";

interface Props {
  pages: readonly PageNode[];
  /** Lists that only repeat other pages' titles stay out of the search index. */
  searchable?: boolean;
  heading?: string;
  headingId?: string;
}

/** Titles with their one-line descriptions: section contents and the A–Z list. */
export function PageList({ pages, heading, headingId, searchable = false }: Props): JSX.Element {
  if (pages.length === 0) return null;
  return (
    <section class="page-list" aria-labelledby={heading ? headingId : undefined} {...(searchable ? {} : { "data-pagefind-ignore": "all" })}>
      {heading ? <h2 id={headingId}>{heading}</h2> : null}
      <ul>
        {pages.map((node) => (
          <li>
            <a href={node.url}>{node.title}</a>
            <p>{node.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
