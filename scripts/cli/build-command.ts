/**
 * How `npm run build` starts Node (package.json's "build" script says the same, and a test holds them together), for
 * the bench and the tests to run the build exactly as a maintainer does.
 *
 * Node directly, not tsx's command: that starts a second Node process to run the first (0.15-0.2 s). The young
 * generation may grow to 64 MB a half, not Node 20's 16 MB: the build makes many short-lived strings and objects per
 * page, and fewer, larger scavenges took 4 % less time (4,000 pages on a RAM disk, three pairs of builds: 11.06-11.56 s
 * against 11.51-11.96 s), for about 90 MB more at the build's peak.
 */
export const BUILD_NODE_ARGS = ["--max-semi-space-size=64", "--import", "tsx", "scripts/cli/build.ts"] as const;
