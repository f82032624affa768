import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";
import { headersFor, readHostHeaders } from "./host-headers.ts";

/** Serves a built site on loopback as a static host would: files, 404.html, and the rules of its `_headers` file. */
export async function serveSite(dir: string, { prefix = "/" }: { prefix?: string } = {}): Promise<{ url: string; close(): Promise<void> }> {
  const files = sirv(dir, { dev: true, etag: true, extensions: ["html"] });
  const notFound = readFileSync(path.join(dir, "404.html"));
  const rules = await readHostHeaders(dir);
  const server = http.createServer((req, res) => {
    const sendNotFound = () => {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(notFound);
    };
    if (!req.url?.startsWith(prefix)) return sendNotFound();
    const sitePath = `/${req.url.slice(prefix.length)}`;
    for (const [name, value] of Object.entries(headersFor(rules, new URL(sitePath, "http://site").pathname))) res.setHeader(name, value);
    req.url = sitePath;
    files(req, res, sendNotFound);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
