import { cp, mkdtemp, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** What a build reads: everything else (the built site, test results, .git) stays behind. */
const PROJECT_ENTRIES = ["_data", "_includes", "scripts", "src", ".eleventy.ts", "package.json", "tsconfig.json"] as const;

/** A throw-away copy of the project in the system's temporary folder, sharing the original's node_modules. */
export async function copyProject(root: string, prefix = "site-copy-"): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  for (const entry of PROJECT_ENTRIES) await cp(path.join(root, entry), path.join(dir, entry), { recursive: true });
  await symlink(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}
