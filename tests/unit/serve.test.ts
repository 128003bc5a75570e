/**
 * scripts/serve.ts, behind `npm start` and `npm run preview`: run as its own process on a small
 * site in a temporary folder (shaped like dist/, with the real public/_headers), as a reader's
 * browser and the host's process signals meet it.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, ruleMatches, siteUrlWarning } from '../../scripts/serve.ts';
import { projectRoot } from '../support/paths.ts';

const SCRIPT = join(projectRoot, 'scripts/serve.ts');
const NOT_FOUND_PAGE = '<!doctype html><title>Page not found · Site</title><h1>Page not found</h1>';
const HT_NOT_FOUND_PAGE = '<!doctype html><title>Paj la pa egziste</title>';
let site: string;

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'serve-test-'));
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>Home</title>',
    'map/index.html': '<!doctype html><title>Map</title>',
    'embed/map/index.html': '<!doctype html><title>Embed</title>',
    '404.html': NOT_FOUND_PAGE,
    'ht/404.html': HT_NOT_FOUND_PAGE,
    'ht/index.html': '<!doctype html><title>Akèy</title>',
    'manifest.webmanifest': '{"name":"Site"}',
    '_astro/app.Abc123.js': 'export {};',
    '_headers': readFileSync(join(projectRoot, 'public/_headers'), 'utf8'),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
});
afterAll(() => {
  rmSync(site, { recursive: true, force: true });
  rmSync(`${site}-npm`, { recursive: true, force: true });
});

/** Polls a condition every 50 ms until it holds or `ms` pass. */
async function until(condition: () => Promise<boolean> | boolean, ms: number, what: string | (() => string)): Promise<void> {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`still waiting after ${ms} ms: ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/** A raw GET (fetch would tidy "/../" away before sending it). */
const get = (port: number, path: string) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    })
      .on('error', reject)
      .end();
  });

const started: ChildProcess[] = [];
/** Servers started under a shell or npm, by process id: ended by the cleanup if a test fails. */
const grandchildren: number[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const pid of grandchildren.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone, as it should be.
    }
  }
});

/**
 * Starts the server directly, under a shell, or through `npm run` with the package.json scripts
 * this project uses (`npm run build && exec node scripts/serve.ts`, the build here a stand-in);
 * resolves once it names its port.
 */
async function start(how: 'direct' | 'through a shell' | 'through npm'): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const args = [SCRIPT, '--port', '0', '--root', site];
  const command = `"${process.execPath}" ${args.map((a) => `"${a}"`).join(' ')}`;
  let child: ChildProcess;
  if (how === 'direct') child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  else if (how === 'through a shell') child = spawn('sh', ['-c', `true && ${command}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  else {
    const project = `${site}-npm`;
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ private: true, scripts: { build: 'true', start: `npm run build && exec ${command}` } }));
    child = spawn('npm', ['start'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
  }
  started.push(child);
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  await until(() => /http:\/\/127\.0\.0\.1:\d+\//.test(output), 15_000, () => `the server's address (output so far: ${output})`);
  const port = Number(/127\.0\.0\.1:(\d+)\//.exec(output)![1]);
  if (how !== 'direct') {
    // ps exits 1 when the shell has none (a shell that runs its last command in its own place).
    const pids = (() => {
      try {
        return execFileSync('ps', ['-o', 'pid=', '--ppid', String(child.pid)], { encoding: 'utf8' });
      } catch {
        return '';
      }
    })();
    grandchildren.push(...pids.trim().split(/\s+/).filter(Boolean).map(Number));
  }
  return { child, port, output: () => output };
}

describe('node scripts/serve.ts', () => {
  it('redirects a folder without its slash, /map → 301 /map/, keeping the query', async () => {
    const { port } = await start('direct');
    const bare = await get(port, '/map');
    expect(bare.status).toBe(301);
    expect(bare.headers['location']).toBe('/map/');
    expect((await get(port, '/map?country=belize')).headers['location']).toBe('/map/?country=belize');
    expect((await get(port, '/map/')).body).toContain('<title>Map</title>');
  });

  it('gzips text for a browser that accepts it, and only then', async () => {
    const { port } = await start('direct');
    const raw = (encoding?: string) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
        request({ host: '127.0.0.1', port, path: '/map/', agent: false, headers: encoding ? { 'accept-encoding': encoding } : {} }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      });
    const zipped = await raw('gzip, deflate, br');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['vary']).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.body).toString()).toBe('<!doctype html><title>Map</title>');
    const plain = await raw();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe('<!doctype html><title>Map</title>');
  });

  it('answers an unknown address with the site’s own 404 page and status 404', async () => {
    const { port } = await start('direct');
    for (const path of ['/no-such-page/', '/no/such/file.js', '/%2e%2e/%2e%2e/etc/passwd', '/_headers']) {
      const response = await get(port, path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).toBe(NOT_FOUND_PAGE);
      expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8');
    }
  });

  it('answers an unknown address under a language with that language’s 404 page, the nearest up its folders', async () => {
    const { port } = await start('direct');
    for (const path of ['/ht/no-such-page/', '/ht/atik/no/such', '/ht/x.js']) {
      const response = await get(port, path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).toBe(HT_NOT_FOUND_PAGE);
    }
    // A language without a 404 of its own (here French), and the bare prefix's look-alikes, get the root one.
    for (const path of ['/fr/no-such-page/', '/htx/', '/ht']) {
      const response = await get(port, path);
      if (path === '/ht') expect(response.status).toBe(301);
      else expect(response.body, path).toBe(NOT_FOUND_PAGE);
    }
  });

  it('sends the right content types and the headers of _headers', async () => {
    const { port } = await start('direct');
    expect((await get(port, '/manifest.webmanifest')).headers['content-type']).toBe('application/manifest+json');
    const map = await get(port, '/map/');
    expect(map.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(map.headers['content-security-policy']).toMatch(/frame-ancestors 'none'$/);
    expect(map.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(map.headers['x-content-type-options']).toBe('nosniff');
    expect((await get(port, '/embed/map/')).headers['content-security-policy']).toMatch(/frame-ancestors \*$/);
    const asset = await get(port, '/_astro/app.Abc123.js');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('stops and frees its port on %s', async (signal) => {
    const { child, port, output } = await start('direct');
    expect(await accepts(port)).toBe(true);
    child.kill(signal);
    await until(() => child.exitCode !== null, 20_000, 'the server to exit');
    expect(child.exitCode).toBe(0);
    expect(output()).toMatch(/Stopped/);
    expect(await accepts(port)).toBe(false);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('stops when `npm start` gets %s, the npm process alone', async (signal) => {
    const { child, port } = await start('through npm');
    child.kill(signal);
    await until(() => child.exitCode !== null || child.signalCode !== null, 20_000, 'npm to exit');
    expect(await accepts(port)).toBe(false);
  });

  it('stops when the shell it was started from is killed, instead of serving on as an orphan', async () => {
    const { child, port } = await start('through a shell');
    child.kill('SIGTERM');
    await until(async () => !(await accepts(port)), 20_000, 'the port to close');
  });
});

describe('the _headers reader', () => {
  it('reads rules and matches paths as Netlify and Cloudflare Pages do', () => {
    const rules = parseHeadersFile('# comment\n/*\n  X-A: 1\n\n/embed/*\n  X-B: two: parts\n/:section/page\n  X-C: 3\n');
    expect(rules).toEqual([
      { path: '/*', headers: [{ name: 'X-A', value: '1' }] },
      { path: '/embed/*', headers: [{ name: 'X-B', value: 'two: parts' }] },
      { path: '/:section/page', headers: [{ name: 'X-C', value: '3' }] },
    ]);
    expect(ruleMatches('/embed/*', '/embed/map/')).toBe(true);
    expect(ruleMatches('/embed/*', '/embedded/')).toBe(false);
    expect(ruleMatches('/', '/')).toBe(true);
    expect(ruleMatches('/', '/map/')).toBe(false);
    expect(ruleMatches('/:section/page', '/a/page')).toBe(true);
    expect(ruleMatches('/:section/page', '/a/b/page')).toBe(false);
    expect(ruleMatches('/data/*.json', '/data/x.json')).toBe(true);
    expect(headersFor(rules, '/embed/map/')).toEqual({ 'x-a': '1', 'x-b': 'two: parts' });
  });

  it('refuses a header line that belongs to no path', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1/);
  });
});

describe('siteUrlWarning (printed by npm start)', () => {
  it('warns when the built pages point at the placeholder address, naming it and how to set SITE_URL', () => {
    const warning = siteUrlWarning('<head><link rel="canonical" href="https://haiti-mission.example.org/"></head>');
    expect(warning).toContain('SITE_URL was not set');
    expect(warning).toContain('https://haiti-mission.example.org');
    expect(warning).toContain('SITE_URL=https://your.address npm start');
  });
  it('says nothing when the site was built with a real address', () => {
    expect(siteUrlWarning('<head><link rel="canonical" href="https://news.example/"></head>')).toBeUndefined();
    expect(siteUrlWarning('<head></head>')).toBeUndefined();
  });
});
