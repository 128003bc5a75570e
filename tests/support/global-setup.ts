/**
 * Builds the production site into dist/ once before the tests that read it. Set SKIP_BUILD=1 to
 * test an existing dist/ (for example right after `npm start`).
 */
import { buildSite } from './build-site.ts';

export default function setup() {
  if (process.env['SKIP_BUILD'] !== '1') buildSite();
}
