import { Document } from "#components/Document.tsx";
import { PageBody } from "#components/PageBody.tsx";
import { type LayoutData, pageView } from "#view/page-data.ts";

export function render(data: LayoutData): JSX.Element {
  const view = pageView(data);
  return (
    <Document view={view}>
      <PageBody view={view} />
    </Document>
  );
}
