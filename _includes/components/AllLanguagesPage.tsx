import { DEFAULT_LANGUAGE, LANGUAGES, type Lang } from "#schemas/languages.ts";
import { absoluteUrl } from "#view/absolute-url.ts";
import type { SiteGlobals } from "#view/page-data.ts";
import { SocialMeta } from "./SocialMeta.tsx";

interface Props extends Pick<SiteGlobals, "assets" | "deployment"> {
  title: string;
  /** The page's own URL when it should be indexed (`/`); none for the 404 page. */
  url?: string;
  description?: string;
  alternates?: boolean;
  /** One section per language, each marked with its own `lang`. */
  section: (lang: Lang, heading: (text: string) => JSX.Element) => JSX.Element;
}

/** Pages outside every language's folder (`/`, `/404.html`): every language side by side, each in its own `lang`. */
export function AllLanguagesPage({ assets, deployment, title, url, description, alternates = false, section }: Props): JSX.Element {
  return (
    <>
      {{ html: "<!DOCTYPE html>" }}
      <html lang={DEFAULT_LANGUAGE}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{title}</title>
          {description ? <meta name="description" content={description} /> : null}
          <SocialMeta title={title} description={description} siteName={title} lang={DEFAULT_LANGUAGE} url={url} deployment={deployment} />
          <link rel="stylesheet" href={assets.css} />
          <link rel="icon" href={assets.icon} type="image/svg+xml" />
          <script type="module" src={assets.register}></script>
          {alternates
            ? LANGUAGES.map((lang) => <link rel="alternate" hreflang={lang} href={absoluteUrl(deployment, `/${lang}/`)} />)
            : null}
          {alternates ? <link rel="alternate" hreflang="x-default" href={absoluteUrl(deployment, "/")} /> : null}
        </head>
        <body>
          <main id="main" class="wrap landing">
            {LANGUAGES.map((lang, i) => (
              <section lang={lang} class="landing-language" aria-labelledby={`language-${lang}`}>
                {section(lang, (text) => (i === 0 ? <h1 id={`language-${lang}`}>{text}</h1> : <h2 id={`language-${lang}`}>{text}</h2>))}
              </section>
            ))}
          </main>
        </body>
      </html>
    </>
  );
}
