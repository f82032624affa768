import { readFile } from "node:fs/promises";
import path from "node:path";
import { languageOfPage } from "#content/page-language.ts";
import { listSourceFiles } from "#content/project-files.ts";
import { LANGUAGES, type Lang, language } from "#schemas/languages.ts";

/**
 * The words of the site's own pages, language by language, for the synthetic pages of the bench: a synthetic site in
 * every language the site has, with the words, word lengths and scripts of that language (Chinese and Japanese
 * unspaced, segmented as a reader's browser would), and nothing to write by hand when a language is added.
 */
export interface Vocabulary {
  /** The words on almost every page (the most frequent ones). */
  common: string[];
  /** The words that belong to a topic: each synthetic page takes a dozen. */
  topics: string[];
  /** The section headings of the real pages. */
  headings: string[];
  /** Words are separated by spaces (not in Chinese or Japanese). */
  spaced: boolean;
  /** What a reader would search for: the most frequent topic word, and the most frequent word on every page. */
  searches: { topic: string; common: string };
}

/** A word a reader would type: not a particle or an article ("の", "the"). */
const searchable = (words: string[], spaced: boolean) => words.find((word) => [...word].length >= (spaced ? 4 : 2))!;

const COMMON_WORDS = 30;
// Each page takes a dozen topic words: with 120 to draw from, a topic word is on about one page in ten, as on a real site.
const TOPIC_WORDS = 120;

/** What a reader reads: no front matter, link targets, citations, date references, `{#id}`s or Markdown marks. */
function readingText(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/\[@[^\]]*\]|\[\[[^\]]*\]\]|\{#[^}]*\}/g, " ")
    .replace(/[#*_[\]|>`-]/g, " ");
}

export async function loadVocabularies(root: string): Promise<Record<Lang, Vocabulary>> {
  const counts = new Map<Lang, Map<string, number>>(LANGUAGES.map((lang) => [lang, new Map()]));
  const headings = new Map<Lang, Set<string>>(LANGUAGES.map((lang) => [lang, new Set()]));
  for (const { file } of listSourceFiles(root).pages) {
    const lang = languageOfPage(file);
    if (!lang) continue;
    const text = await readFile(path.join(root, file), "utf8");
    for (const [, heading] of text.matchAll(/^## (.+?)(?: \{#[^}]*\})?$/gm)) headings.get(lang)!.add(heading!.trim());
    const segmenter = new Intl.Segmenter(language(lang).dateLocale, { granularity: "word" });
    const count = counts.get(lang)!;
    for (const { segment, isWordLike } of segmenter.segment(readingText(text))) {
      const word = segment.toLowerCase();
      // Letters only: no numbers, and (in scripts with capitals) no single letters.
      if (!isWordLike || !/^\p{L}[\p{L}\p{M}]*$/u.test(word) || (word.length < 2 && /[a-z]/.test(word))) continue;
      count.set(word, (count.get(word) ?? 0) + 1);
    }
  }
  const vocabularies = {} as Record<Lang, Vocabulary>;
  for (const lang of LANGUAGES) {
    // By frequency, then alphabetically: the same pages give the same words in the same order on every machine.
    const words = [...counts.get(lang)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
    if (words.length < COMMON_WORDS + 20) throw new Error(`The bench needs the pages of ${lang} (src/${lang}/) to take its words from`);
    const spaced = !language(lang).writesHan;
    const common = words.slice(0, COMMON_WORDS);
    const topics = words.slice(COMMON_WORDS, COMMON_WORDS + TOPIC_WORDS);
    vocabularies[lang] = {
      common,
      topics,
      headings: [...headings.get(lang)!].sort().slice(0, 12),
      spaced,
      searches: { topic: searchable(topics, spaced), common: searchable(common, spaced) },
    };
  }
  return vocabularies;
}
