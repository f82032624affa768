import { LANGUAGES, type Lang, language } from "#schemas/languages.ts";
import { absoluteUrl, type Deployment } from "#view/absolute-url.ts";

interface Props {
  title: string;
  description?: string;
  siteName: string;
  lang: Lang;
  /** The page's URL as Eleventy writes it; none for pages that must not be indexed (404). */
  url?: string;
  deployment: Deployment;
}

/** The canonical address and the card a chat app or social site shows when a student shares the page. */
export function SocialMeta({ title, description, siteName, lang, url, deployment }: Props): JSX.Element {
  const canonical = url ? absoluteUrl(deployment, url) : undefined;
  return (
    <>
      {canonical ? <link rel="canonical" href={canonical} /> : <meta name="robots" content="noindex" />}
      <meta property="og:type" content="website" />
      <meta property="og:site_name" content={siteName} />
      <meta property="og:title" content={title} />
      {description ? <meta property="og:description" content={description} /> : null}
      {canonical ? <meta property="og:url" content={canonical} /> : null}
      <meta property="og:locale" content={language(lang).ogLocale} />
      {LANGUAGES.filter((other) => other !== lang).map((other) => (
        <meta property="og:locale:alternate" content={language(other).ogLocale} />
      ))}
      <meta name="twitter:card" content="summary" />
    </>
  );
}
