/**
 * Heading ids that keep Japanese: the common slugifiers drop every non-Latin letter, leaving
 * empty or clashing ids. Letters and digits of any script survive; spaces and dashes become one "-".
 */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/[\s-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "section";
}
