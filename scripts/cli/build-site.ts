import { rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { ContentError, formatProblems } from "../content/problems.ts";
import { validateProject } from "../content/validate.ts";
import { indexing } from "../eleventy/search-index.ts";
import { validated } from "../eleventy/validation.ts";

export interface BuildOptions {
  root: string;
  /** The folder the finished site replaces; it is only touched once the new build is complete. */
  output: string;
  pathPrefix?: string;
  quiet?: boolean;
}

/** Where a build's time went, in seconds: the figures to look at first when a build gets slow. */
export interface BuildTimings {
  total: number;
  checks: number;
  /** Eleventy rendering and writing the pages. */
  pages: number;
  search: number;
}

const since = (start: number) => (performance.now() - start) / 1000;

/**
 * Validates, builds into a fresh sibling folder (pages and search index), then swaps it into place.
 * A failed build throws and leaves the last good site exactly as it was; a deleted page never survives.
 */
export async function buildSite({ root, output, pathPrefix, quiet = true }: BuildOptions): Promise<BuildTimings> {
  const started = performance.now();
  const validation = await validateProject(root);
  const checks = since(started);
  if (validation.problems.length) throw new ContentError(validation.problems);
  validated.current = validation;

  const staging = `${output}.next-${process.pid}`;
  let eleventySeconds = 0;
  await rm(staging, { recursive: true, force: true });
  try {
    const previousCwd = process.cwd();
    process.chdir(root);
    try {
      const eleventy = new Eleventy(undefined, path.relative(root, staging), {
        configPath: ".eleventy.ts",
        quietMode: quiet,
        ...(pathPrefix ? { pathPrefix } : {}),
      });
      const writing = performance.now();
      await eleventy.write();
      eleventySeconds = since(writing);
    } finally {
      process.chdir(previousCwd);
    }
    const old = `${output}.old-${process.pid}`;
    await rename(output, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
    await rename(staging, output);
    await rm(old, { recursive: true, force: true });
    const search = indexing.seconds ?? 0;
    return { total: since(started), checks, pages: eleventySeconds - search, search };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** The message a maintainer sees when the build stops. */
export function describeFailure(error: unknown): string {
  const kept = "The build stopped; the last good site was left as it was.";
  if (error instanceof ContentError) return `${formatProblems(error.problems)}\n\n${kept}`;
  const shown = process.env.DEBUG ? ((error as Error).stack ?? String(error)) : ((error as Error).message ?? String(error));
  return `${shown}\n\n${kept}`;
}
