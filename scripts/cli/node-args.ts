/**
 * V8's young generation may grow to 64 MB a half, not Node 20's 16 MB: the build and `npm start`'s Eleventy make
 * many short-lived strings and objects per page, and fewer, larger scavenges take less time. The build took 4 % less
 * (4,000 pages on a RAM disk, three pairs of builds: 11.06-11.56 s against 11.51-11.96 s), for about 90 MB more at
 * its peak; an edit under `npm start` showed sooner (the same site, eight edits in a row, twice: medians 190 and
 * 230 ms against 250 and 265 ms).
 */
export const YOUNG_GENERATION = "--max-semi-space-size=64";

/**
 * V8 optimises a function with TurboFan only after it has run about 7 times longer than Node's default asks. A build
 * runs a great deal of code (Eleventy, markdown-it, js-yaml, zod, the layouts) for a few seconds: by default V8
 * optimised some 800 functions, on its own threads, and that cost 2.4-3.2 core-seconds of a 4,000-page build, on the
 * core Pagefind indexes on. Later, it optimises fewer of them, for a little more time on the main thread. On a RAM
 * disk, five rounds of builds with the budget at 67,584 (Node's), 250,000, 500,000, 1,000,000 and 2,000,000, in
 * turn: Node's CPU time, medians, 10.30, 9.44, 8.48, 8.74 and 9.48 core-s; the build's wall time 11.26, 10.76,
 * 10.43, 10.73 and 11.61 s.
 */
export const LATER_OPTIMIZATION = "--interrupt-budget=500000";

/**
 * How `npm run build` starts Node (package.json's "build" script says the same, and a test holds them together), for
 * the bench and the tests to run the build exactly as a maintainer does. Node directly, not tsx's command: that
 * starts a second Node process to run the first (0.15-0.2 s); and without tsx's loader (scripts/cli/build.mjs
 * compiles the build's TypeScript).
 */
export const BUILD_NODE_ARGS = [YOUNG_GENERATION, LATER_OPTIMIZATION, "scripts/cli/build.mjs"] as const;
