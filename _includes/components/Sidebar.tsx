import { jsxToString } from "jsx-async-runtime";
import { getOrMake } from "#lib/get-or-make.ts";
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

/**
 * A language's sidebar is the same on every page of a build: it is rendered once per build and language, and every
 * other page takes its HTML as it is (it is a fifth of a page's markup). The tree names the build, as for the
 * entries (#view/entries.ts): each check of the content makes a new one, and the blocks and strings come with it.
 */
const rendered = new WeakMap<PageTree, Map<Lang, string | Promise<string>>>();

/** The seed's sidebar blocks, from _data/sidebar.json; kept out of the search index. */
export function Sidebar(props: Props): JSX.Element {
  const byLang = getOrMake(rendered, props.tree, () => new Map<Lang, string | Promise<string>>());
  const html = getOrMake(byLang, props.lang, () =>
    jsxToString.call({}, <SidebarMarkup {...props} />).then((markup) => {
      byLang.set(props.lang, markup);
      return markup;
    }),
  );
  return typeof html === "string" ? { html } : html.then((markup) => ({ html: markup }));
}

function SidebarMarkup({ blocks, lang, strings, tree }: Props): JSX.Element {
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
