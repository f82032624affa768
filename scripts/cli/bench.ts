import { readdir, rename, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { measureFirstSearches } from "#bench/first-search.ts";
import { measureIncrementalEdit } from "#bench/incremental-edit.ts";
import { type Measured, measure } from "#bench/measure.ts";
import { pageFile } from "#bench/synthetic-pages.ts";
import { createSyntheticProject } from "#bench/synthetic-project.ts";
import { DEFAULT_LANGUAGE, LANGUAGES } from "#schemas/languages.ts";
import { option } from "./args.ts";
import { BUILD_NODE_ARGS } from "./node-args.ts";

// npm run bench -- --pages 4000 [--runs 3] [--keep]
const argv = process.argv.slice(2);
const pages = Number(option(argv, "pages") ?? "1000");
const runs = Number(option(argv, "runs") ?? "1");
if (!Number.isInteger(pages) || pages < LANGUAGES.length || !Number.isInteger(runs) || runs < 1) {
  console.error(
    `Usage: npm run bench -- --pages N [--runs R] [--keep]  (N ≥ ${LANGUAGES.length} synthetic pages, the same number in each language)`,
  );
  process.exit(2);
}
const root = process.cwd();
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (seconds: number) => `${seconds.toFixed(2)} s`;

function memory({ peakBytes, peakByProgram = {} }: Measured): string {
  if (peakBytes === undefined) return "not measured (needs Linux /proc)";
  const programs = Object.entries(peakByProgram).sort((a, b) => b[1] - a[1]);
  return `${mb(peakBytes)} at once${programs.length > 1 ? ` (each program's own peak: ${programs.map(([name, bytes]) => `${name} ${mb(bytes)}`).join(", ")})` : ""}`;
}

function cpu({ cpuSeconds, cpuByProgram = {} }: Measured): string {
  if (cpuSeconds === undefined) return "not measured (needs Linux /proc)";
  const programs = Object.entries(cpuByProgram)
    .filter(([, seconds]) => seconds >= 0.01)
    .sort((a, b) => b[1] - a[1]);
  return `${cpuSeconds.toFixed(2)} core-s${programs.length > 1 ? ` (${programs.map(([name, seconds]) => `${name} ${seconds.toFixed(2)}`).join(", ")})` : ""}`;
}

/** One walk of the built site: its size, the search index's share, and the pages written. */
async function siteSizes(site: string) {
  const sizes = { bytes: 0, files: 0, indexBytes: 0, indexFiles: 0, pages: 0 };
  const index = path.join(site, "pagefind");
  for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const bytes = (await stat(path.join(entry.parentPath, entry.name))).size;
    sizes.bytes += bytes;
    sizes.files++;
    if (entry.parentPath === index || entry.parentPath.startsWith(`${index}${path.sep}`)) {
      sizes.indexBytes += bytes;
      sizes.indexFiles++;
    }
    if (entry.name.endsWith(".html")) sizes.pages++;
  }
  return sizes;
}

/** The median run by time: one slow outlier (a busy machine) does not decide the figure. */
function median(results: Measured[]): Measured {
  return [...results].sort((a, b) => a.seconds - b.seconds)[Math.floor((results.length - 1) / 2)]!;
}

/** Earlier runs' output folders, moved aside: deleted once everything is measured. */
const movedAside: string[] = [];

async function moveAside(folder: string, name: string): Promise<void> {
  const aside = `${folder}.bench-${name}`;
  try {
    await rename(folder, aside);
    movedAside.push(aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

/**
 * One run of one program. Every run of every program starts without its output folder, as the first run and a fresh
 * clone do: Pagefind skips writing a hashed file that already exists, Eleventy overwrites a file in place more cheaply
 * than it creates one, and the project's build deletes the site it replaces. The folder is moved aside, not deleted:
 * on a file system without a journal, creating files soon after deleting thousands is slower, and deleting them here
 * would slow the very run it prepares.
 */
async function runOnce(label: string, run: number, cwd: string, args: string[], output: string): Promise<Measured> {
  await moveAside(path.join(cwd, output), `${label.replace(/\W+/g, "-")}-${run}`);
  const result = await measure(process.execPath, args, { cwd });
  if (result.code !== 0) throw new Error(`The ${label} run failed (exit ${result.code}):\n${result.output}`);
  return result;
}

const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

const project = await createSyntheticProject(root, pages);
try {
  console.log(
    `bench: ${project.pages} synthetic pages (${project.pages / LANGUAGES.length} per language, ${LANGUAGES.length} languages) + ${project.scholarships} scholarships, in ${project.dir}`,
  );
  console.log(
    `machine: ${os.cpus().length} cores, ${mb(os.totalmem())}, Node ${process.version}${runs > 1 ? `, median of ${runs} runs` : ""}`,
  );

  // Each round runs the project's own build command, exactly as `npm run build` runs it (validation, Eleventy, assets,
  // Pagefind), then the floor any Eleventy-and-Pagefind site pays: the same Markdown with Eleventy's defaults (no
  // config, layouts, data or plugins), then Pagefind's own command line over the project's built pages (no data
  // records). The three run back to back (in two orders, below), so a slow spell of a shared machine weighs on a round's
  // build and its floor alike, and the ratio to the floor is the median of the rounds' own ratios.
  const eleventy = path.join(root, "node_modules/@11ty/eleventy/cmd.cjs");
  const pagefindCli = path.join(root, "node_modules/pagefind/lib/runner/bin.cjs");
  const rounds: Array<{ site: Measured; bare: Measured; alone: Measured }> = [];
  for (let run = 0; run < runs; run++) {
    const build = () => runOnce("project", run, project.dir, [...BUILD_NODE_ARGS], "_site");
    const floor = async () => ({
      bare: await runOnce("bare Eleventy", run, project.bareDir, [eleventy, "--input=src", "--output=_site", "--quiet"], "_site"),
      // Over the pages of the project's latest build.
      alone: await runOnce(
        "Pagefind alone",
        run,
        project.dir,
        [pagefindCli, "--site", "_site", "--output-path", "pagefind-alone"],
        "pagefind-alone",
      ),
    });
    // Every other round runs the floor first. On this machine's ext4, files are created more slowly for minutes after
    // thousands were deleted (the last bench's folders, removed at its end; the kernel's profile shows the time in
    // skipping recently deleted inodes): with the build always first, it met more of that than its floor, and in two
    // benches started one after the other the first round's ratio was the highest (1.12 and 1.21, the others
    // 0.83-1.10).
    if (run % 2 === 0) {
      const site = await build();
      rounds.push({ site, ...(await floor()) });
    } else {
      const measured = await floor();
      rounds.push({ ...measured, site: await build() });
    }
  }
  const site = median(rounds.map((round) => round.site));
  const bare = median(rounds.map((round) => round.bare));
  const alone = median(rounds.map((round) => round.alone));
  const siteDir = path.join(project.dir, "_site");
  const built = await siteSizes(siteDir);
  console.log(`wall time: ${s(site.seconds)}`);
  const summary = /^Built in .*$/m.exec(site.output)?.[0];
  if (summary)
    console.log(`build's own summary: ${summary} (the rest is starting Node, compiling or finding the build's code, loading it)`);
  console.log(`pages/s: ${(built.pages / site.seconds).toFixed(0)} (${built.pages} HTML pages written)`);
  console.log(`peak memory: ${memory(site)}`);
  // The wall time can never be less than the CPU time spread over every core: the bound any better overlap meets.
  const cores = os.cpus().length;
  const bound = site.cpuSeconds === undefined ? "" : `; spread over ${cores} cores, at least ${s(site.cpuSeconds / cores)}`;
  console.log(`cpu time: ${cpu(site)}${bound}`);
  console.log(`site size: ${mb(built.bytes)} in ${built.files} files`);
  console.log(`search index: ${mb(built.indexBytes)} in ${built.indexFiles} files`);

  // A topic word (on about one page in ten) is what a reader types; a word on every page is the worst case.
  const searches = LANGUAGES.flatMap((lang) => [
    { lang, kind: "topic word", page: `/${lang}/search/`, query: project.words[lang].searches.topic },
    { lang, kind: "word on every page", page: `/${lang}/search/`, query: project.words[lang].searches.common },
  ]);
  const measured = await measureFirstSearches(siteDir, searches);
  for (const [i, search] of measured.entries()) {
    const largest = search.largest.map((d) => `${path.basename(d.file)} ${kb(d.bytes)}`).join(", ");
    console.log(
      `first search ${searches[i]!.lang} "${search.query}" (${searches[i]!.kind}): ${kb(search.bytes)} in ${search.requests} requests, ${search.results} results shown (largest: ${largest})`,
    );
  }

  console.log(`bare Eleventy: ${s(bare.seconds)}, peak memory ${memory(bare)}`);
  console.log(`Pagefind alone: ${s(alone.seconds)}, peak memory ${memory(alone)}`);
  const floor = bare.seconds + alone.seconds;
  console.log(`floor: bare Eleventy ${s(bare.seconds)} + Pagefind alone ${s(alone.seconds)} = ${s(floor)}`);
  const ratios = rounds.map((round) => round.site.seconds / (round.bare.seconds + round.alone.seconds));
  console.log(`ratio to floor: ${medianOf(ratios).toFixed(2)}`);
  if (runs > 1) {
    console.log(
      `each round (build / its floor, run back to back; the floor first in every second round): ${rounds.map((round, i) => `${s(round.site.seconds)} / ${s(round.bare.seconds + round.alone.seconds)} = ${ratios[i]!.toFixed(2)}`).join("; ")}`,
    );
  }
  const cpuRatios = rounds.map(({ site, bare, alone }) =>
    site.cpuSeconds === undefined || bare.cpuSeconds === undefined || alone.cpuSeconds === undefined
      ? undefined
      : site.cpuSeconds / (bare.cpuSeconds + alone.cpuSeconds),
  );
  if (bare.cpuSeconds !== undefined && alone.cpuSeconds !== undefined && cpuRatios.every((ratio) => ratio !== undefined)) {
    const floorCpu = bare.cpuSeconds + alone.cpuSeconds;
    console.log(
      `floor cpu time: bare Eleventy ${cpu(bare)} + Pagefind alone ${cpu(alone)} = ${floorCpu.toFixed(2)} core-s; cpu ratio to floor: ${medianOf(cpuRatios).toFixed(2)}`,
    );
  }
  if (site.peakBytes !== undefined && alone.peakBytes !== undefined)
    console.log(`memory ratio to Pagefind alone: ${(site.peakBytes / alone.peakBytes).toFixed(2)}`);
  console.log(`ratio to bare Eleventy: ${(site.seconds / bare.seconds).toFixed(2)}`);

  // `npm start` on the same site: one page edited, as a maintainer would.
  const edit = await measureIncrementalEdit(
    project.dir,
    `src/${DEFAULT_LANGUAGE}/students/${pageFile(1)}`,
    `/${DEFAULT_LANGUAGE}/students/${pageFile(1).replace(/\.md$/, "/")}`,
    DEFAULT_LANGUAGE,
  );
  console.log(
    `npm start: first build ${edit.initialSeconds.toFixed(1)} s; after editing one page, the page shows it in ${medianOf(edit.pageSeconds).toFixed(2)} s (median of ${edit.pageSeconds.length} edits: ${edit.pageSeconds.map((seconds) => seconds.toFixed(2)).join(", ")} s) and search finds it in ${edit.searchSeconds.toFixed(1)} s`,
  );
} finally {
  await Promise.all(movedAside.map((folder) => rm(folder, { recursive: true, force: true })));
  if (argv.includes("--keep")) console.log(`kept ${project.dir}`);
  else await rm(project.dir, { recursive: true, force: true });
}
