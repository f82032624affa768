import path from "node:path";
import { option } from "./args.ts";
import { buildSite, describeFailure } from "./build-site.ts";

// npm run build [-- --pathprefix=/study-japan/]
const root = process.cwd();
try {
  await buildSite({ root, output: path.join(root, "_site"), pathPrefix: option(process.argv.slice(2), "pathprefix") });
} catch (error) {
  console.error(describeFailure(error));
  process.exitCode = 1;
}
