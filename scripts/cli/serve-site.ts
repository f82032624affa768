import { serveSite } from "#eleventy/site-server.ts";
import { option } from "./args.ts";

// Started by `npm start` (scripts/cli/dev.ts), which restarts it when code changes: the site, rebuilt as it is edited.
await serveSite(process.cwd(), Number(option(process.argv.slice(2), "port") ?? "8080"));
