import { DEFAULT_LANGUAGE, LANGUAGES } from "#schemas/languages.ts";
import { absoluteUrl } from "#view/absolute-url.ts";
import { siteEntries } from "#view/entries.ts";
import { LAYOUT_IDS } from "#view/layout-ids.ts";
import type { PageView } from "#view/page-data.ts";
import { isListed } from "#view/page-tree.ts";
import { breadcrumbList, type JsonLd } from "#view/structured-data.ts";
import { Breadcrumb } from "./Breadcrumb.tsx";
import { LanguageMenu } from "./LanguageMenu.tsx";
import { Sidebar } from "./Sidebar.tsx";
import { SocialMeta } from "./SocialMeta.tsx";
import { StructuredData } from "./StructuredData.tsx";

/** Content is indexed, as a page (its section is a filter of its own, on the title); utility pages, navigation and sidebar are not. */
function searchAttributes({ page }: PageView): Record<string, string | boolean> {
  return page.excludeFromSearch ? {} : { "data-pagefind-body": true, "data-pagefind-filter": "type:page" };
}

/** "Page | Site", unless that is too long for a tab or a result list (70 characters): then the page alone. */
function documentTitle(title: string, siteName: string, isHome: boolean): string {
  if (isHome) return siteName;
  const full = `${title} | ${siteName}`;
  return full.length <= 70 ? full : title;
}

interface Props {
  view: PageView;
  children: JSX.Children;
  /** The one script a layout adds to the page (the search page's, the offline page's). */
  script?: string;
  /** The search page, whose form needs its script: without JavaScript, a stylesheet hides it. */
  isSearchPage?: boolean;
}

/** The layout every page shares: head, header with search and language switch, breadcrumb, main, sidebar, footer. */
export function Document({ view, children, script, isSearchPage = false }: Props): JSX.Element {
  const { page, pages: tree, assets, deployment } = view;
  const { lang } = page;
  const strings = view.strings[lang];
  const home = tree.find(lang, "home");
  const search = tree.find(lang, "search");
  const az = tree.find(lang, "a-z");
  const translations = LANGUAGES.map((l) => ({ lang: l, url: tree.find(l, page.translationKey)?.url ?? tree.find(l, "home")?.url }));
  const xDefault = translations.find((t) => t.lang === DEFAULT_LANGUAGE)?.url;
  // The first crumb reads "Home", as in the seed, rather than the home page's full title (visible and in JSON-LD).
  const trail = tree.trail(lang, page.translationKey).map((node, i) => (i === 0 ? { ...node, title: strings.home } : node));
  const unlisted = !isListed(page);
  const structured: JsonLd[] = [
    ...(trail.length >= 2 ? [breadcrumbList(trail, deployment)] : []),
    // Each entry the page lists (Centers, scholarships, dates) as schema.org describes it.
    ...siteEntries(view, tree, lang)
      .filter((entry) => entry.url.startsWith(`${page.url}#`))
      .map((entry) => entry.structuredData(deployment)),
  ];
  return (
    <>
      {{ html: "<!DOCTYPE html>" }}
      <html lang={lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{documentTitle(page.title, strings.siteName, page.translationKey === "home")}</title>
          <meta name="description" content={page.description} />
          <SocialMeta
            title={page.title}
            description={page.description}
            siteName={strings.siteName}
            lang={lang}
            url={unlisted ? undefined : page.url}
            deployment={deployment}
          />
          <link rel="stylesheet" href={assets.css} />
          {/* The first frame waits for the header to be whole: a frame drawn while the parser has read the language
              menu's <details> but not yet its <summary> showed the browser's own "Details" button, and the header
              moved when the real one came (a layout shift of 0.0015 on 1 load in 5). Chromium lifts the block
              when the element arrives, the standard once it is parsed: main's start is the header's end in one,
              and costs only the main text's parsing in the other. */}
          <link rel="expect" href={`#${LAYOUT_IDS.main}`} blocking="render" />
          <link rel="icon" href={assets.icon} type="image/svg+xml" />
          <script type="module" src={assets.register}></script>
          {/* Search engines read only absolute alternates. */}
          {translations.map((t) => (t.url ? <link rel="alternate" hreflang={t.lang} href={absoluteUrl(deployment, t.url)} /> : null))}
          {xDefault ? <link rel="alternate" hreflang="x-default" href={absoluteUrl(deployment, xDefault)} /> : null}
          <link rel="alternate" type="application/atom+xml" title={strings.feedTitle} href={`/${lang}/feed.xml`} />
          {script ? <script type="module" src={script}></script> : null}
          {isSearchPage ? (
            <noscript>
              <link rel="stylesheet" href={assets.noscriptCss} />
            </noscript>
          ) : null}
          <StructuredData items={structured} />
        </head>
        <body>
          <a class="skip-link" href={`#${LAYOUT_IDS.main}`}>
            {strings.skipToContent}
          </a>
          <header class="site-header">
            <div class="wrap header-row">
              <a class="site-name" href={home?.url ?? `/${lang}/`}>
                {strings.siteName}
              </a>
              {search && !isSearchPage ? (
                <a class="header-link" href={search.url}>
                  {strings.searchButton}
                </a>
              ) : null}
              <LanguageMenu current={lang} translations={translations} strings={view.strings} />
            </div>
          </header>
          <div class="wrap">
            <Breadcrumb trail={trail} label={strings.breadcrumbLabel} />
          </div>
          <div class="wrap layout">
            <main id={LAYOUT_IDS.main} tabindex="-1" {...searchAttributes(view)}>
              {children}
            </main>
            <Sidebar blocks={view.sidebar.blocks} lang={lang} strings={strings} tree={tree} />
          </div>
          <footer class="site-footer">
            <div class="wrap">
              <p>{strings.footerFacts}</p>
              <ul class="footer-links">
                {search ? (
                  <li>
                    <a href={search.url}>{strings.footerSearch}</a>
                  </li>
                ) : null}
                {az ? (
                  <li>
                    <a href={az.url}>{strings.footerAz}</a>
                  </li>
                ) : null}
              </ul>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
