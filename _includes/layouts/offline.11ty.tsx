import { Document } from "#components/Document.tsx";
import { TranslationNote } from "#components/TranslationNote.tsx";
import { type LayoutData, pageView } from "#view/page-data.ts";

/**
 * What the offline-reading worker shows for a page this device never opened: the connection is down, and these are
 * the pages kept here (listed by the page's script, from the worker's cache).
 */
export function render(data: LayoutData): JSX.Element {
  const view = pageView(data);
  const { page } = view;
  const strings = view.strings[page.lang];
  return (
    <Document view={view} script={view.assets.offline}>
      <h1>{page.title}</h1>
      <TranslationNote view={view} />
      {{ html: view.content }}
      <section aria-labelledby="saved-pages-heading">
        <h2 id="saved-pages-heading">{strings.offlineSavedPages}</h2>
        <ul id="saved-pages"></ul>
        <p id="no-saved-pages">{strings.offlineNoSavedPages}</p>
      </section>
    </Document>
  );
}
