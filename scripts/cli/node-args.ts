/**
 * V8's young generation may grow to 64 MB a half, not Node 20's 16 MB: the build and `npm start`'s Eleventy make
 * many short-lived strings and objects per page, and fewer, larger scavenges take less time. The build took 4 % less
 * (4,000 pages on a RAM disk, three pairs of builds: 11.06-11.56 s against 11.51-11.96 s), for about 90 MB more at
 * its peak; an edit under `npm start` showed sooner (the same site, eight edits in a row, twice: medians 190 and
 * 230 ms against 250 and 265 ms).
 */
export const YOUNG_GENERATION = "--max-semi-space-size=64";

/**
 * How `npm run build` starts Node (package.json's "build" script says the same, and a test holds them together), for
 * the bench and the tests to run the build exactly as a maintainer does. Node directly, not tsx's command: that
 * starts a second Node process to run the first (0.15-0.2 s).
 */
export const BUILD_NODE_ARGS = [YOUNG_GENERATION, "--import", "tsx", "scripts/cli/build.ts"] as const;
