import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { listSourceFiles } from "#content/project-files.ts";
import { todayInJapan } from "#lib/japan-time.ts";
import type { SiteData } from "#schemas/data-files.ts";
import { LANGUAGES, type Lang } from "#schemas/languages.ts";
import type { Scholarship } from "#schemas/scholarships.ts";
import { copyProject } from "#tooling/project-copy.ts";
import { seededRandom, syntheticPage } from "./synthetic-pages.ts";
import { loadVocabularies, type Vocabulary } from "./vocabulary.ts";

export interface SyntheticProject {
  /** A copy of the project with the synthetic pages and data added: built with the real configuration. */
  dir: string;
  /** The same Markdown pages alone (no _data, _includes or config): built by bare Eleventy. */
  bareDir: string;
  pages: number;
  scholarships: number;
  /** Each language's words, the synthetic pages were made of: what the bench searches for. */
  words: Record<Lang, Vocabulary>;
}

/** One synthetic scholarship per this many pages, so the data listings and data search records grow too. */
const PAGES_PER_DATA_ENTRY = 40;

function syntheticScholarship(n: number, today: string, words: Record<Lang, Vocabulary>): Scholarship {
  const random = seededRandom(1_000_000 + n);
  const amount = 30 + Math.floor(random() * 120);
  // Each text in every language: a few of its topic words and the entry's number, so every entry differs.
  const text = (count: number, end = "") =>
    Object.fromEntries(
      LANGUAGES.map((lang) => {
        const vocabulary = words[lang];
        const picked = Array.from({ length: count }, () => vocabulary.topics[Math.floor(random() * vocabulary.topics.length)]!);
        return [lang, `${picked.join(vocabulary.spaced ? " " : "")} ${n}${end}`];
      }),
    ) as Record<Lang, string>;
  return {
    id: `bench-scholarship-${n}`,
    category: "other",
    name: text(2),
    provider: text(2),
    summary: text(8, ` ${amount},000.`),
    facts: [text(6, ".")],
    keywords: Object.fromEntries(LANGUAGES.map((lang) => [lang, ["bench", `award${n}`]])) as Record<Lang, string[]>,
    source: "sij-support-program",
    lastVerified: today,
  };
}

/** Copies the project and adds `pages` Markdown pages (the same number in each language, paired by translationKey) plus data. */
export async function createSyntheticProject(root: string, pages: number): Promise<SyntheticProject> {
  const dir = await copyProject(root, "bench-site-");
  const bareDir = path.join(dir, "bare");
  const today = todayInJapan().toISODate()!;
  const words = await loadVocabularies(root);
  // The real site has every page in every language: so has the synthetic one.
  const keys = Math.max(1, Math.ceil(pages / LANGUAGES.length));
  for (let n = 0; n < keys; n++) {
    for (const lang of LANGUAGES) {
      const page = syntheticPage(n, lang, today, words[lang]);
      const file = path.join(dir, "src", lang, page.file);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, page.text);
    }
  }
  // Bare Eleventy gets every Markdown page, real and synthetic, and nothing else (no layout to look for).
  for (const { file } of listSourceFiles(dir).pages) {
    const text = await readFile(path.join(dir, file), "utf8");
    await mkdir(path.dirname(path.join(bareDir, file)), { recursive: true });
    await writeFile(path.join(bareDir, file), text.replace(/^layout:.*\n/m, ""));
  }

  const scholarshipsPath = path.join(dir, "_data/scholarships.json");
  const scholarships = JSON.parse(await readFile(scholarshipsPath, "utf8")) as SiteData["scholarships"];
  const extra = Math.max(1, Math.floor(pages / PAGES_PER_DATA_ENTRY));
  for (let n = 0; n < extra; n++) scholarships.entries.push(syntheticScholarship(n, today, words));
  await writeFile(scholarshipsPath, JSON.stringify(scholarships, null, 2));

  return { dir, bareDir, pages: keys * LANGUAGES.length, scholarships: extra, words };
}
