import type { PageNode } from "#view/page-tree.ts";

interface Props {
  trail: PageNode[];
  label: string;
}

/** The seed's trail (Home > For Foreign Students in Japan > ...), as a navigation landmark. */
export function Breadcrumb({ trail, label }: Props): JSX.Element {
  if (trail.length < 2) return null;
  return (
    <nav class="breadcrumb" aria-label={label}>
      <ol>
        {trail.map((node, i) =>
          i === trail.length - 1 ? (
            <li>
              <a href={node.url} aria-current="page">
                {node.title}
              </a>
            </li>
          ) : (
            <li>
              <a href={node.url}>{node.title}</a>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
