import { readdir, rename, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ContentError, formatProblems } from "#content/problems.ts";
import type { SiteContent } from "#content/validate.ts";
import { SiteAssets } from "#eleventy/assets.ts";
import { type BuildTimings, buildSummary } from "#eleventy/build-summary.ts";
import { CheckedContent } from "#eleventy/checked-content.ts";
import { PagefindQueue } from "#eleventy/pagefind-command.ts";
import { indexLanguage } from "#eleventy/search-index.ts";
import type { eleventyRun, SiteBuild } from "#eleventy/site-build.ts";
import type { Lang } from "#schemas/languages.ts";
import type { CompiledBuild } from "#tooling/compiled-build.mjs";

export interface BuildOptions {
  root: string;
  /** The folder the finished site replaces; it is only touched once the new build is complete. */
  output: string;
  pathPrefix?: string;
  /** The build's code compiled (see scripts/cli/build.mjs): Eleventy loads its configuration and templates from it. */
  compiled?: CompiledBuild;
}

/**
 * Eleventy logs every error it meets, stack trace and all, before throwing it, and ends with "Wrote N files" even
 * when it wrote none; the build command reports the outcome itself (the summary, or one line per problem), so only
 * Eleventy's warnings pass (everything with DEBUG=1).
 */
const quietUnlessDebugging = (message: string) => {
  if (process.env.DEBUG) console.error(message);
};
const eleventyLog = {
  log: quietUnlessDebugging,
  info: quietUnlessDebugging,
  warn: (message: string) => console.warn(message),
  error: quietUnlessDebugging,
};

/** The signals that stop a build: while Pagefind runs it is stopped first, and the swap is finished first. */
const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Builds into a fresh sibling folder (checks, pages and search index), then swaps it into place.
 * A failed build throws and leaves the last good site exactly as it was; a deleted page never survives.
 *
 * The content is checked once; then Eleventy renders one language at a time, then the shared files, and Pagefind
 * (its command, one process per language, two at a time) indexes each language as soon as its pages are written,
 * while Eleventy renders the next part. Neither ever holds the whole site: each Eleventy run and each language's
 * index is let go once written, so the build's memory stays near that of two languages, not of all six.
 *
 * Until the first language is written, one core does nearly all of the work (the checks, then that language). A second
 * thread rendering the second language beside it, from the same checked content, filled that core but cost more than
 * it saved: its own Eleventy, loaded and run cold, took 1-2 core-seconds more per build, and 4 of 5 alternating pairs
 * of builds at 4,000 pages were slower with it (started during the checks, it also slowed them by 0.3-0.45 s).
 */
export async function buildSite({ root, output, pathPrefix, compiled }: BuildOptions): Promise<void> {
  await recoverInterruptedBuilds(output);
  const staging = `${output}.next-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const started = performance.now();
  const previousCwd = process.cwd();
  const indexing: Array<Promise<{ seconds: number } | { error: unknown }>> = [];
  // Made now, at the build's own priority, to start Pagefind's processes at it (see PagefindQueue).
  const queue = new PagefindQueue();
  const stopOnSignal = stopPagefindOnSignal(queue);
  try {
    process.chdir(root);
    // esbuild bundles the scripts in processes of its own, on the core the checks leave idle.
    const assets = new SiteAssets(root);
    assets.built().catch(() => {}); // a failure is reported by the first run, which awaits the same promise
    const content = new CheckedContent(root);
    // The checks first start the thread that reads the pages (see validateProject), then Eleventy loads while they
    // run: they wait for that thread, and its modules load in those waits. Loaded after the checks, Pagefind started
    // 0.1-0.36 s later (5 alternating pairs of builds at 4,000 pages, each pair won by this); loaded before them, its
    // loading held back the start of that thread by 0.3-0.4 s. A failure to load is reported once the content passed.
    const checking = content.check({ incremental: false });
    checking.catch(() => {}); // thrown where it is awaited, below
    const eleventyModules = import("#eleventy/site-build.ts");
    eleventyModules.catch(() => {});
    await checking;
    const checked = performance.now();
    const { eleventyRun, SITE_PARTS } = await eleventyModules;
    let pages = 0;
    for (const part of SITE_PARTS) {
      const rendering = performance.now();
      await renderPart(eleventyRun, { content, assets, part, compiled }, staging, pathPrefix);
      pages += (performance.now() - rendering) / 1000;
      // Queued at once; Pagefind indexes two languages at a time at most (see pagefind-thread.mjs), so it never
      // holds more than two languages' indexes, however far Eleventy runs ahead.
      if (part !== "shared") indexing.push(index(queue, { content: content.current, site: staging, lang: part.lang }));
    }
    const pagesWritten = performance.now();
    const indexed = await Promise.all(indexing);
    // Pagefind is done: from here a signal waits for the swap instead (see swapInto).
    stopOnSignal.release();
    const failed = indexed.find((result) => "error" in result);
    if (failed && "error" in failed) throw failed.error;
    const now = performance.now();
    const timings: BuildTimings = {
      total: (now - started) / 1000,
      checks: (checked - started) / 1000,
      pages,
      search: indexed.reduce((sum, result) => sum + ("seconds" in result ? result.seconds : 0), 0),
      searchAfterPages: (now - pagesWritten) / 1000,
    };
    await swapInto(staging, output);
    console.log(buildSummary(timings, content.current));
  } catch (error) {
    // A language still being indexed when rendering failed is waited for: nothing may write into a removed folder.
    await Promise.all(indexing);
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    stopOnSignal.release();
    process.chdir(previousCwd);
    await queue.close();
  }
}

/**
 * Until Pagefind is done, a signal (Ctrl-C, a CI job cancelled) stops Pagefind's process before the build ends as
 * the signal asks. Killed with the build alone, Pagefind would go on writing into the unfinished site, which the
 * next build removes (see recoverInterruptedBuilds), and that removal would then fail.
 */
function stopPagefindOnSignal(queue: PagefindQueue): { release(): void } {
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    void queue.stop().finally(() => process.kill(process.pid, signal));
  };
  const release = () => {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  return { release };
}

/** One Eleventy run, writing one part of the site into the staging folder (Eleventy reads paths from the project root). */
async function renderPart(run: typeof eleventyRun, build: SiteBuild, staging: string, pathPrefix: string | undefined): Promise<void> {
  const eleventy = run(build, { output: path.relative(process.cwd(), staging), ...(pathPrefix ? { pathPrefix } : {}) });
  eleventy.logger.overrideLogger(eleventyLog);
  await eleventy.write();
}

/**
 * Queues one written language for its search index; the result says how long the indexing took, or what went wrong
 * (never an unhandled rejection).
 */
function index(
  queue: PagefindQueue,
  { content, site, lang }: { content: SiteContent; site: string; lang: Lang },
): Promise<{ seconds: number } | { error: unknown }> {
  const indexed = indexLanguage(queue, { content, site, lang, bundles: path.join(site, "pagefind") });
  yieldToSearchIndex();
  return indexed.then(
    (seconds) => ({ seconds }),
    (error: unknown) => ({ error }),
  );
}

/**
 * Once the first language is handed to Pagefind, the thread that renders takes the lowest priority, and renders in
 * the CPU time Pagefind leaves. Pagefind's processes are started by the queue's thread, made before, so they keep the
 * build's priority; so do esbuild and Node's own helper threads. Measured when Pagefind's service was the build's
 * critical path (4,000 pages, builds alternating on a noisy machine, 8 with this and 11 without): median 14.0 s
 * against 14.7 s; Pagefind's work left after the last page fell from 2.9-4.7 s to 1.2-2.0 s. Since Pagefind's command
 * runs from its own queue, the rendering is the longer path at 4,000 pages and this takes the same time either way
 * (4 pairs: 12.7-13.3 s against 12.7-13.4 s); it still ends the build with less of Pagefind left after the last page
 * (0.9 s against 2.7 s). With Pagefind indexing two languages at a time, rendering at the build's own priority was
 * no faster (4 alternating rounds at 4,000 pages: median 12.05 s against 11.77 s). A system that refuses the change
 * only loses the gain. Lowering Node's other threads too (the file writes' pool) took the same time. Eleventy's
 * `writeMode: "async"` (writes through that pool) is never applied by Eleventy 3.1.8, which reads it from an object
 * that lacks it; applied by a local fix, on ext4, 7 alternating pairs took medians of 10.75 s against 9.98 s.
 */
function yieldToSearchIndex(): void {
  try {
    os.setPriority(os.constants.priority.PRIORITY_LOW);
  } catch {}
}

/**
 * Moves the new site into place: the old one aside, the new one in, the old one away. A signal that arrives between
 * the two renames waits until both are done, so Ctrl-C never leaves the project without a site. (A hard kill or a
 * power cut can still stop it there: the next build puts the old site back first; see recoverInterruptedBuilds.)
 */
async function swapInto(staging: string, output: string): Promise<void> {
  const old = `${output}.old-${process.pid}`;
  const held: NodeJS.Signals[] = [];
  const hold = (signal: NodeJS.Signals) => held.push(signal);
  for (const signal of STOP_SIGNALS) process.on(signal, hold);
  try {
    await rename(output, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
    await rename(staging, output);
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, hold);
  }
  await rm(old, { recursive: true, force: true });
  if (held[0]) process.kill(process.pid, held[0]);
}

/** Whether the process that owns a staging or old folder (its name ends in the process id) still runs. */
const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return pid !== process.pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * What an interrupted build left behind: with no site in place, the last good one is still under its old name and
 * goes back; otherwise old and half-built folders of builds that no longer run are removed.
 */
async function recoverInterruptedBuilds(output: string): Promise<void> {
  const dir = path.dirname(output);
  const base = path.basename(output);
  const leftovers = (await readdir(dir).catch(() => [] as string[]))
    .map((name) => ({ name, match: new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(old|next)-(\\d+)$`).exec(name) }))
    .filter(({ match }) => match && !running(Number(match[2])));
  let hasSite = await stat(output).then(
    () => true,
    () => false,
  );
  for (const { name, match } of leftovers) {
    const folder = path.join(dir, name);
    if (!hasSite && match![1] === "old") {
      await rename(folder, output);
      hasSite = true;
    } else {
      // A build killed outright (SIGKILL) may have left Pagefind writing there for a moment yet: retry the removal.
      await rm(folder, { recursive: true, force: true, maxRetries: 10 });
    }
  }
}

/** An error and the errors it wraps, outermost first (Eleventy keeps the cause as `originalError`). */
function causes(error: unknown): Error[] {
  const chain: Error[] = [];
  for (
    let cause = error;
    cause instanceof Error && !chain.includes(cause);
    cause = (cause as { originalError?: unknown }).originalError ?? cause.cause
  ) {
    chain.push(cause);
  }
  return chain;
}

/**
 * The message a maintainer sees when the build stops: one line per problem, naming the file. A content mistake
 * comes with its own report; anything else met inside Eleventy is its deepest cause, said once, at the source file
 * Eleventy was working on, with the staging folder's name read as _site. DEBUG=1 shows the whole stack instead.
 */
export function describeFailure(error: unknown): string {
  const kept = "The build stopped; the last good site was left as it was.";
  const chain = causes(error);
  const mistake = chain.find((cause): cause is ContentError => cause instanceof ContentError);
  if (mistake) return `${formatProblems(mistake.problems)}\n\n${kept}`;
  if (process.env.DEBUG) return `${chain.map((cause) => cause.stack ?? String(cause)).join("\n\nCaused by: ")}\n\n${kept}`;
  if (chain.length === 0) return `${String(error)}\n\n${kept}`;
  const file = chain.map((cause) => /\.\/((?:src|_includes)\/[^\s"'`,]+)/.exec(cause.message)?.[1]).find(Boolean);
  const message = chain
    .at(-1)!
    .message.split("\n")[0]!
    .replace(/_site\.next-\d+/g, "_site");
  return `Found 1 problem while building:\n  ✖ ${file ? `${file}: ` : ""}${message}\n\n(DEBUG=1 shows the details.) ${kept}`;
}
