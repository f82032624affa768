import { markJapaneseTerms } from "#content/japanese-terms.ts";
import { escapeHtml } from "#lib/escape-html.ts";
import type { Lang } from "#schemas/languages.ts";

/** A data text in the page's language, escaped, with its Japanese terms marked `lang="ja"` as the Markdown's are. */
export const localText = (text: string, lang: Lang): { html: string } => ({ html: markJapaneseTerms(escapeHtml(text), lang) });
