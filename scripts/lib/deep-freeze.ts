/**
 * Freezes a value and everything inside it. Eleventy shares frozen global data with every page instead of
 * deep-copying it into each (copying the data files into 16,000 pages cost gigabytes), and a template that tried
 * to change shared data fails loudly instead of leaking the change into other pages.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
