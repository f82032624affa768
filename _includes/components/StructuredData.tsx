import { type JsonLd, jsonLd } from "#view/structured-data.ts";

/** JSON-LD for search engines. A data block, not a script: the CSP does not apply and nothing runs. */
export function StructuredData({ items }: { items: JsonLd[] }): JSX.Element {
  if (items.length === 0) return null;
  return <script type="application/ld+json">{{ html: jsonLd(items) }}</script>;
}
