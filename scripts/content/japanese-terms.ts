import { type Lang, language } from "#schemas/languages.ts";

/** Japanese written beside the page's own language (an official term, 在留資格): a run of kanji, kana and Japanese punctuation. */
const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fb\u30fc\uff01-\uff5e]+/gu;
/**
 * In a language written with Chinese characters too (Chinese), only kana is surely Japanese: a bracketed term with
 * kana in it (（外国人雇用サービスセンター）), or a run of kana on its own (ハローワーク).
 */
const KANA_TERM =
  /(?<=[（(])[^（）()]*[\p{Script=Hiragana}\p{Script=Katakana}][^（）()]*(?=[）)])|[\p{Script=Hiragana}\p{Script=Katakana}\u30fb\u30fc]+/gu;

/**
 * Escaped text of a page in `lang` with its Japanese terms wrapped in `<span lang="ja">`, so screen readers switch
 * voice and the browser picks a Japanese font for them. Japanese pages are returned as they are.
 */
export function markJapaneseTerms(escapedText: string, lang: Lang): string {
  if (lang === "ja") return escapedText;
  return escapedText.replace(language(lang).writesHan ? KANA_TERM : JAPANESE_RUN, (run) => `<span lang="ja">${run}</span>`);
}
