import path from "node:path";
import type { CompiledBuild } from "#tooling/compiled-build.mjs";
import { option } from "./args.ts";
import { buildSite, describeFailure } from "./build-site.ts";

/**
 * `npm run build [-- --pathprefix=/study-japan/]`, run from its compiled code (see scripts/cli/build.mjs); a failure is
 * reported in one line per problem, and the exit code says it.
 */
export async function buildCommand(argv: string[], compiled: CompiledBuild): Promise<void> {
  const root = process.cwd();
  try {
    await buildSite({ root, output: path.join(root, "_site"), pathPrefix: option(argv, "pathprefix"), compiled });
  } catch (error) {
    console.error(describeFailure(error));
    process.exitCode = 1;
  }
}
