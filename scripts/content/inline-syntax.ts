/**
 * The two bits of syntax pages add to Markdown (data texts may use the second):
 *   [@source-id] or [@one; @two]   a citation, next to the fact it supports
 *   [[date:event-id]]              an event's date from _data/events.json, written in the reader's language
 * The validator finds them with these patterns and the Markdown renderer draws them, so the two always agree.
 */
export const CITATION = /\[@([a-z0-9-]+(?:;\s*@[a-z0-9-]+)*)\]/g;
export const DATE_REFERENCE = /\[\[date:([a-z0-9-]+)\]\]/g;

export interface Reference {
  id: string;
  /** 1-based line in the text it was found in. */
  line: number;
}

function find(pattern: RegExp, text: string, ids: (match: RegExpExecArray) => string[]): Reference[] {
  const found: Reference[] = [];
  for (const match of text.matchAll(pattern)) {
    const line = text.slice(0, match.index).split("\n").length;
    for (const id of ids(match)) found.push({ id, line });
  }
  return found;
}

export const citationIds = (match: RegExpExecArray | RegExpMatchArray): string[] =>
  match[1]!.split(";").map((part) => part.trim().replace(/^@/, ""));

export const findCitations = (text: string): Reference[] => find(CITATION, text, citationIds);

export const findDateReferences = (text: string): Reference[] => find(DATE_REFERENCE, text, (match) => [match[1]!]);
