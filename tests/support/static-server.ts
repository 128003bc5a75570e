/**
 * The static server the browser tests and the benchmark use: scripts/serve.ts (`npm start`), so
 * tests see what readers of a CDN get: /path/ → /path/index.html, /path → 301 /path/, unknown
 * paths → 404.html with status 404, and the response headers of dist/_headers (the
 * Content-Security-Policy among them). On a free port of 127.0.0.1.
 */
export { serveDirectory, type RunningServer } from '../../scripts/serve.ts';
