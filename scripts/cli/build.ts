import path from "node:path";
import { option } from "./args.ts";
import { dueForReview, formatDue } from "../content/freshness.ts";
import { validated } from "../eleventy/validation.ts";
import { buildSite, describeFailure } from "./build-site.ts";

// npm run build [-- --pathprefix=/study-japan/]
const root = process.cwd();
try {
  const timings = await buildSite({ root, output: path.join(root, "_site"), pathPrefix: option(process.argv.slice(2), "pathprefix") });
  const s = (seconds: number) => `${seconds.toFixed(2)} s`;
  console.log(
    `Built in ${s(timings.total)}: checks ${s(timings.checks)}, pages ${s(timings.pages)}, search index ${s(timings.search)}`,
  );
  // A reminder, not a failure: the build must not start failing as time passes (check:freshness gates).
  if (validated.current) console.log(formatDue(dueForReview(validated.current)));
} catch (error) {
  console.error(describeFailure(error));
  process.exitCode = 1;
}
