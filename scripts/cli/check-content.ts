import { formatProblems } from "#content/problems.ts";
import { validateProject } from "#content/validate.ts";

// The content checks alone: exit 1 with one line per problem, or 0 in silence. `npm start` runs it before Eleventy.
const { problems } = await validateProject(process.cwd());
if (problems.length) {
  console.error(formatProblems(problems));
  process.exitCode = 1;
}
