import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { listSourceFiles } from "#content/project-files.ts";
import { todayInJapan } from "#lib/japan-time.ts";
import type { SiteData } from "#schemas/data-files.ts";
import { LANGUAGES } from "#schemas/languages.ts";
import type { Scholarship } from "#schemas/scholarships.ts";
import { copyProject } from "#tooling/project-copy.ts";
import { seededRandom, syntheticPage } from "./synthetic-pages.ts";

export interface SyntheticProject {
  /** A copy of the project with the synthetic pages and data added: built with the real configuration. */
  dir: string;
  /** The same Markdown pages alone (no _data, _includes or config): built by bare Eleventy. */
  bareDir: string;
  pages: number;
  scholarships: number;
}

/** One synthetic scholarship per this many pages, so the data listings and data search records grow too. */
const PAGES_PER_DATA_ENTRY = 40;

function syntheticScholarship(n: number, today: string): Scholarship {
  const random = seededRandom(1_000_000 + n);
  const amount = 30 + Math.floor(random() * 120);
  return {
    id: `bench-scholarship-${n}`,
    category: "other",
    name: { en: `Bench Foundation Award ${n}`, ja: `ベンチ財団奨学金${n}` },
    provider: { en: `Bench Foundation ${n}`, ja: `ベンチ財団${n}` },
    summary: {
      en: `A made-up award of ${amount},000 yen a month, for the benchmark only.`,
      ja: `ベンチマーク用の架空の奨学金で、月額${amount},000円です。`,
    },
    facts: [{ en: `Awarded for ${1 + (n % 4)} years.`, ja: `支給期間は${1 + (n % 4)}年です。` }],
    keywords: { en: ["bench", `award${n}`], ja: ["ベンチ", `奨学${n}`] },
    source: "sij-support-program",
    lastVerified: today,
  };
}

/** Copies the project and adds `pages` Markdown pages (half in each language, paired by translationKey) plus data. */
export async function createSyntheticProject(root: string, pages: number): Promise<SyntheticProject> {
  const dir = await copyProject(root, "bench-site-");
  const bareDir = path.join(dir, "bare");
  const today = todayInJapan().toISODate()!;
  const keys = Math.max(1, Math.ceil(pages / LANGUAGES.length));
  for (let n = 0; n < keys; n++) {
    for (const lang of LANGUAGES) {
      const page = syntheticPage(n, lang, today);
      const file = path.join(dir, "src", lang, page.file);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, page.text);
    }
  }
  // Bare Eleventy gets every Markdown page, real and synthetic, and nothing else (no layout to look for).
  for (const { file } of (await listSourceFiles(dir)).pages) {
    const text = await readFile(path.join(dir, file), "utf8");
    await mkdir(path.dirname(path.join(bareDir, file)), { recursive: true });
    await writeFile(path.join(bareDir, file), text.replace(/^layout:.*\n/m, ""));
  }

  const scholarshipsPath = path.join(dir, "_data/scholarships.json");
  const scholarships = JSON.parse(await readFile(scholarshipsPath, "utf8")) as SiteData["scholarships"];
  const extra = Math.max(1, Math.floor(pages / PAGES_PER_DATA_ENTRY));
  for (let n = 0; n < extra; n++) scholarships.entries.push(syntheticScholarship(n, today));
  await writeFile(scholarshipsPath, JSON.stringify(scholarships, null, 2));

  return { dir, bareDir, pages: keys * LANGUAGES.length, scholarships: extra };
}
