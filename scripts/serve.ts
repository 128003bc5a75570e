/**
 * Serves the built site in dist/ the way a static host does, for `npm start` and `npm run preview`:
 * - /path/ serves /path/index.html, and /path (a folder without its slash) answers 301 → /path/;
 * - an unknown address gets the nearest 404 page up its folders (dist/fr/404.html under /fr/,
 *   dist/404.html elsewhere) with status 404, as Cloudflare Pages does;
 * - content types a CDN would send, .webmanifest as application/manifest+json included, and text
 *   gzipped for browsers that accept it;
 * - the response headers of dist/_headers (Content-Security-Policy, caching, …), as Netlify and
 *   Cloudflare Pages apply them, so what you try here is what readers get.
 * It stops, and frees its port, on Ctrl-C (SIGINT) or SIGTERM.
 *
 *   node scripts/serve.ts [--port 4321] [--host 127.0.0.1] [--root dist]
 *
 * `--port 0` picks a free port; the first line printed names the address either way. The browser
 * tests and the benchmark use serveDirectory() through tests/support/static-server.ts.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DEFAULT_SITE_URL } from '../src/domain/consts.ts';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.csv', '.svg', '.xml', '.txt', '.webmanifest']);

/** Each file's gzip, made once per version of the file (the ETag names the version). */
const gzipCache = new Map<string, Buffer>();
function gzipped(file: string, etag: string): Buffer {
  const key = `${file} ${etag}`;
  let body = gzipCache.get(key);
  if (!body) {
    body = gzipSync(readFileSync(file), { level: 9 });
    gzipCache.set(key, body);
  }
  return body;
}

// ---- _headers (Netlify / Cloudflare Pages syntax) ----

export interface HeaderRule {
  /** The address pattern: `*` matches anything (slashes too), `:name` one path segment. */
  path: string;
  headers: { name: string; value: string }[];
}

/** Reads a _headers file: a path line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${index + 1}: a rule must start with a path: ${line}`);
      rules.push({ path: line, headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon <= 0) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path: ${line}`);
    rule.headers.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return rules;
}

/** Whether a rule's path pattern matches a request path (Cloudflare Pages' reading). */
export function ruleMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') && part.length > 1 ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers the rules give a path. A header set by several matching rules is joined with ", ",
 * as Cloudflare Pages does (public/_headers avoids that case: hosts disagree on it).
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!ruleMatches(rule.path, path)) continue;
    for (const { name, value } of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

// ---- the server ----

export interface RunningServer {
  origin: string;
  close: () => Promise<void>;
}

type Answer =
  | { kind: 'file'; status: 200 | 404; file: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'status'; status: number };

/**
 * The 404.html nearest to an unknown address, looking up its folders as Cloudflare Pages does:
 * /ht/atik/x gets dist/ht/404.html (Kreyòl menus), /nowhere gets dist/404.html.
 */
export function nearestNotFound(root: string, path: string): string | undefined {
  const folders = path.split('/').filter((segment) => segment !== '' && segment !== '.' && segment !== '..' && !segment.includes('\0'));
  // The last segment of an address without a trailing slash is a file name, not a folder.
  if (!path.endsWith('/')) folders.pop();
  for (let depth = folders.length; depth >= 0; depth--) {
    const candidate = join(root, ...folders.slice(0, depth), '404.html');
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** What to answer for a request path, as a static host would. */
function answerFor(root: string, pathname: string, search = ''): Answer {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'status', status: 400 };
  }
  const notFound = nearestNotFound(root, decoded);
  const missing: Answer = notFound ? { kind: 'file', status: 404, file: notFound } : { kind: 'status', status: 404 };
  const file = resolve(root, `.${decoded}`);
  // Nothing outside dist/, and not the hosts' own configuration file.
  if ((file !== root && !file.startsWith(root + sep)) || decoded === '/_headers' || decoded.includes('\0')) return missing;
  if (!existsSync(file)) return missing;
  if (statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) return { kind: 'redirect', location: `${pathname}/${search}` };
    const index = join(file, 'index.html');
    return existsSync(index) ? { kind: 'file', status: 200, file: index } : missing;
  }
  return { kind: 'file', status: 200, file };
}

export async function serveDirectory(directory: string, options: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const root = resolve(directory);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const answer = answerFor(root, url.pathname, url.search);
    const extra = headersFor(rules, url.pathname);
    if (answer.kind === 'redirect') {
      response.writeHead(301, { location: answer.location, 'content-type': 'text/plain; charset=utf-8' }).end(`Moved to ${answer.location}\n`);
      return;
    }
    if (answer.kind === 'status') {
      response.writeHead(answer.status, { ...extra, 'content-type': 'text/plain; charset=utf-8' }).end(`${answer.status}\n`);
      return;
    }
    const stat = statSync(answer.file);
    const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
    const head = { ...extra, 'content-type': CONTENT_TYPES[extname(answer.file)] ?? 'application/octet-stream', etag };
    if (answer.status === 200 && request.headers['if-none-match'] === etag) {
      response.writeHead(304, head).end();
      return;
    }
    // Text is sent gzipped when the browser accepts it, as every CDN and static host does: weights
    // and timings measured against this server (npm run bench) are then what readers get.
    if (COMPRESSIBLE.has(extname(answer.file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      const body = gzipped(answer.file, etag);
      response.writeHead(answer.status, { ...head, 'content-encoding': 'gzip', vary: 'Accept-Encoding', 'content-length': body.length });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(answer.status, { ...head, 'content-length': stat.size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(answer.file).pipe(response);
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolveListen());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    origin: `http://${host}:${address.port}`,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        // Keep-alive connections would hold the port open: end them, idle or not.
        server.closeAllConnections();
      }),
  };
}

// ---- `node scripts/serve.ts` ----

/** The placeholder address the site is built with when SITE_URL is unset. */
const PLACEHOLDER_ORIGIN = DEFAULT_SITE_URL;

/**
 * A warning when the built site's links point at the placeholder address, that is when SITE_URL
 * was not set at build time: canonical links, share links, share cards and the embed code would
 * then send readers to an address that does not exist. Undefined when the site names a real one.
 */
export function siteUrlWarning(homeHtml: string): string | undefined {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(homeHtml)?.[1];
  if (!canonical || !canonical.startsWith(PLACEHOLDER_ORIGIN)) return undefined;
  return [
    `Warning: SITE_URL was not set when this site was built, so its canonical links, share links,`,
    `share cards and embed code point at the placeholder ${PLACEHOLDER_ORIGIN}.`,
    `Fine for trying it out; before deploying, build with the public address:`,
    `  SITE_URL=https://your.address npm start   (or: SITE_URL=https://your.address npm run build)`,
  ].join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: process.env['PORT'] ?? '4321' }, host: { type: 'string', default: '127.0.0.1' }, root: { type: 'string', default: 'dist' } },
  });
  const root = resolve(values.root);
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No built site in ${root}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const port = Number(values.port);
  let running: RunningServer;
  try {
    running = await serveDirectory(root, { port, host: values.host });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(code === 'EADDRINUSE' ? `Port ${port} is in use: stop what runs there or pass --port.` : String(error));
    process.exit(1);
  }
  console.log(`Serving ${values.root}/ at ${running.origin}/ (Ctrl-C to stop)`);
  const warning = siteUrlWarning(readFileSync(join(root, 'index.html'), 'utf8'));
  if (warning) console.warn(warning);

  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    void running.close().then(() => {
      console.log(`Stopped (${reason}).`);
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // npm and shells pass a hang-up on when the terminal goes away.
  process.on('SIGHUP', stop);
  // npm passes SIGINT and SIGTERM on to the shell it runs a script in, and a shell waiting for a
  // command does not pass them further: hence `exec node scripts/serve.ts` in package.json, which
  // puts this process in the shell's place. Should whatever started it still go away without a
  // word (a script without `exec` killed with SIGTERM, or npm killed with SIGKILL), stop rather
  // than serve on as an orphan nobody can see.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && stop('the process that started it has gone'), 500).unref();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
