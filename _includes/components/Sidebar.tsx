import type { Lang } from "#schemas/languages.ts";
import type { SidebarBlock, SidebarLink } from "#schemas/sidebar.ts";
import type { Strings } from "#schemas/strings.ts";
import { sidebarBlockId } from "#view/layout-ids.ts";
import { localText } from "#view/local-text.ts";
import type { PageTree } from "#view/page-tree.ts";
import { ExternalLink } from "./ExternalLink.tsx";

interface Props {
  blocks: SidebarBlock[];
  lang: Lang;
  strings: Strings;
  tree: PageTree;
}

function SidebarItem({ link, lang, strings, tree }: { link: SidebarLink; lang: Lang; strings: Strings; tree: PageTree }): JSX.Element {
  if ("url" in link) {
    return (
      <ExternalLink href={link.url} strings={strings}>
        {localText(link.label[lang], lang)}
      </ExternalLink>
    );
  }
  const target = tree.find(lang, link.page);
  return <a href={`${target?.url ?? "#"}${link.anchor ? `#${link.anchor}` : ""}`}>{localText(link.label[lang], lang)}</a>;
}

/** The seed's sidebar blocks, from _data/sidebar.json; kept out of the search index. */
export function Sidebar({ blocks, lang, strings, tree }: Props): JSX.Element {
  return (
    <aside class="sidebar" aria-label={strings.relatedLinks} data-pagefind-ignore="all">
      {blocks.map((block) => (
        <section class="sidebar-block" aria-labelledby={sidebarBlockId(block.id)}>
          <h2 id={sidebarBlockId(block.id)}>{localText(block.heading[lang], lang)}</h2>
          <ul>
            {block.links.map((link) => (
              <li>
                <SidebarItem link={link} lang={lang} strings={strings} tree={tree} />
              </li>
            ))}
          </ul>
          {block.note ? (
            <p class="sidebar-note">
              {block.noteUrl ? (
                <ExternalLink href={block.noteUrl} strings={strings}>
                  {localText(block.note[lang], lang)}
                </ExternalLink>
              ) : (
                localText(block.note[lang], lang)
              )}
            </p>
          ) : null}
        </section>
      ))}
    </aside>
  );
}
