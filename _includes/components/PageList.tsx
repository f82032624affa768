import type { PageNode } from "#view/page-tree.ts";

interface Props {
  pages: readonly PageNode[];
  heading?: string;
  headingId?: string;
}

/**
 * Titles with their one-line descriptions: section contents and the A–Z list. They only repeat other pages' titles,
 * so they stay out of the search index.
 */
export function PageList({ pages, heading, headingId }: Props): JSX.Element {
  if (pages.length === 0) return null;
  return (
    <section class="page-list" aria-labelledby={heading ? headingId : undefined} data-pagefind-ignore="all">
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
