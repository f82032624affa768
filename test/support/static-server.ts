import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";

/** Serves a built site on loopback as a static host would: files, 404.html, and the rules of its `_headers` file. */
export async function serveSite(dir: string, { prefix = "/" }: { prefix?: string } = {}): Promise<{ url: string; close(): Promise<void> }> {
  const files = sirv(dir, { dev: true, etag: true, extensions: ["html"] });
  const notFound = readFileSync(path.join(dir, "404.html"));
  const server = http.createServer((req, res) => {
    if (!req.url?.startsWith(prefix)) {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(notFound);
      return;
    }
    req.url = `/${req.url.slice(prefix.length)}`;
    files(req, res, () => {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
