import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const distDir = fileURLToPath(new URL('../../dist', import.meta.url));
export const fixturesDir = fileURLToPath(new URL('../fixtures', import.meta.url));
