import { dueForReview, formatDue } from "#content/freshness.ts";
import { formatProblems } from "#content/problems.ts";
import { validateProject } from "#content/validate.ts";

// npm run check:freshness: exits non-zero when a page or entry is due for review, so CI can gate on it.
const validation = await validateProject(process.cwd());
if (!validation.content) {
  console.error(formatProblems(validation.problems));
  process.exitCode = 1;
} else {
  const due = dueForReview(validation.content);
  console.log(formatDue(due));
  if (due.length) process.exitCode = 1;
}
