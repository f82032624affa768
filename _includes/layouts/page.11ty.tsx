import type { PageData } from "../../scripts/eleventy/page-data.ts";
import { Document } from "../components/Document.tsx";
import { PageBody } from "../components/PageBody.tsx";

export function render(data: PageData): JSX.Element {
  return (
    <Document data={data}>
      <PageBody data={data} />
    </Document>
  );
}
