import { DEFAULT_LANGUAGE, LANGUAGES, type Lang, language } from "#schemas/languages.ts";
import type { Vocabulary } from "./vocabulary.ts";

/**
 * Made-up pages shaped like the real ones: front matter the schema accepts, an introduction, "##" sections with
 * paragraphs, lists and links, in every language of the site, in its own words. Seeded, so every run of the bench builds the same site.
 */

/** A small deterministic generator (mulberry32): the same seed gives the same site on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** About half the words of an English sentence are the little ones between the others; fewer in unspaced scripts. */
function sentence(random: () => number, words: Vocabulary, topic: string[]): string {
  const count = 8 + Math.floor(random() * 10);
  const picked = Array.from({ length: count }, () => pick(random, random() < (words.spaced ? 0.5 : 0.3) ? words.common : topic));
  if (!words.spaced) return `${picked.join("")}。`;
  const text = picked.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number, words: Vocabulary, topic: string[]): string {
  return Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(random, words, topic)).join(words.spaced ? " " : "");
}

export interface SyntheticPage {
  /** Path under src/<lang>/. */
  file: string;
  text: string;
}

/** Where page `n` sits: every 50th page is a hub under "Students" that the next 49 pages belong to. */
const HUB_EVERY = 50;
export const pageKey = (n: number) => (n % HUB_EVERY === 0 ? `bench-hub-${n / HUB_EVERY}` : `bench-page-${n}`);
const parentKey = (n: number) => (n % HUB_EVERY === 0 ? "students" : pageKey(n - (n % HUB_EVERY)));
export const pageFile = (n: number) =>
  n % HUB_EVERY === 0 ? `bench/${pageKey(n)}/index.md` : `bench/${pageKey(n - (n % HUB_EVERY))}/${n}.md`;

/** The word a reader would search to find page `n` alone (like a course code). */
export const uniqueTerm = (n: number) => `kx${(n * 7919) % 100000}`;

/** Page number `n` of the synthetic site, in one language, made of that language's own words. */
export function syntheticPage(n: number, lang: Lang, reviewed: string, words: Vocabulary): SyntheticPage {
  const random = seededRandom(n * LANGUAGES.length + LANGUAGES.indexOf(lang));
  const topic = Array.from({ length: 12 }, () => pick(random, words.topics));
  const space = words.spaced ? " " : "";
  const title = `${pick(random, topic)}${space}${pick(random, topic)}${space}${n}`;
  const sibling = n % HUB_EVERY === HUB_EVERY - 1 || n % HUB_EVERY === 0 ? n : n + 1;
  const sections = words.headings
    .slice(0, 3 + Math.floor(random() * 3))
    .map((heading) =>
      [
        `## ${heading}`,
        paragraph(random, words, topic),
        Array.from({ length: 3 }, () => `- ${sentence(random, words, topic)}`).join("\n"),
        paragraph(random, words, topic),
      ].join("\n\n"),
    );
  const front = [
    "---",
    `title: "${title}"`,
    `description: "${sentence(random, words, topic).slice(0, 150)}"`,
    `reviewed: ${reviewed}`,
    "section: students",
    `translationKey: ${pageKey(n)}`,
    `parent: ${parentKey(n)}`,
    `order: ${n}`,
    `keywords: [${uniqueTerm(n)}, ${pick(random, topic)}]`,
    // Any kana will do: the reading only orders the A–Z list.
    ...(language(lang).sortsByReading ? [`reading: あんない${n}`] : []),
    `translation: ${lang === DEFAULT_LANGUAGE ? "original" : "unreviewed"}`,
    "---",
  ].join("\n");
  const body = [
    // Every page of facts cites a source, as real pages must.
    `${paragraph(random, words, topic)} (${uniqueTerm(n)}) [@sij-faq-active]`,
    `[${pick(random, topic)}](/${lang}/students/${pageFile(sibling)
      .replace(/(index)?\.md$/, "")
      .replace(/\/$/, "")}/) · [${pick(random, topic)}](https://www.studyinjapan.go.jp/en/)`,
    ...sections,
  ].join("\n\n");
  return { file: `students/${pageFile(n)}`, text: `${front}\n\n${body}\n` };
}
