// A static server for dist/ on 127.0.0.1, gzip on, as a CDN would serve it. Used by the browser
// tests and the benchmark; `npm start` uses astro preview instead.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import sirv from 'sirv';
import compression from 'compression';

export interface Served {
  url: string;
  close(): Promise<void>;
}

export function serveDist(dir: string, port = 0): Promise<Served> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const gzip = compression({ threshold: 0 });
  const server: Server = createServer((req, res) => {
    gzip(req as never, res as never, () =>
      files(req, res, () => {
        res.statusCode = 404;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(notFoundPage(dir));
      }),
    );
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const p = typeof address === 'object' && address ? address.port : port;
      resolve({ url: `http://127.0.0.1:${p}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

function notFoundPage(dir: string): string {
  const path = `${dir}/404.html`;
  return existsSync(path) ? readFileSync(path, 'utf8') : 'Not found';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4321);
  const s = await serveDist(process.argv[2] ?? 'dist', port);
  console.log(`serving dist on ${s.url}`);
}
