import { rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { ContentError, formatProblems } from "#content/problems.ts";

export interface BuildOptions {
  root: string;
  /** The folder the finished site replaces; it is only touched once the new build is complete. */
  output: string;
  pathPrefix?: string;
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

/**
 * Builds into a fresh sibling folder (checks, pages and search index), then swaps it into place.
 * A failed build throws and leaves the last good site exactly as it was; a deleted page never survives.
 */
export async function buildSite({ root, output, pathPrefix }: BuildOptions): Promise<void> {
  const staging = `${output}.next-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    const previousCwd = process.cwd();
    process.chdir(root);
    try {
      const eleventy = new Eleventy(undefined, path.relative(root, staging), {
        configPath: ".eleventy.ts",
        quietMode: true,
        ...(pathPrefix ? { pathPrefix } : {}),
      });
      eleventy.logger.overrideLogger(eleventyLog);
      await eleventy.write();
    } finally {
      process.chdir(previousCwd);
    }
    const old = `${output}.old-${process.pid}`;
    await rename(output, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
    await rename(staging, output);
    await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** The content mistake behind an error Eleventy wrapped on its way out, if that is what it was. */
function contentError(error: unknown): ContentError | undefined {
  for (let cause = error; cause instanceof Error; cause = (cause as { originalError?: unknown }).originalError ?? cause.cause) {
    if (cause instanceof ContentError) return cause;
  }
  return undefined;
}

/** The message a maintainer sees when the build stops. */
export function describeFailure(error: unknown): string {
  const kept = "The build stopped; the last good site was left as it was.";
  const mistake = contentError(error);
  if (mistake) return `${formatProblems(mistake.problems)}\n\n${kept}`;
  const shown = process.env.DEBUG ? ((error as Error).stack ?? String(error)) : ((error as Error).message ?? String(error));
  return `${shown}\n\n${kept}`;
}
