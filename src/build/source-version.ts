/**
 * A hash of some of the project's own files (and folders' files, in name order): what a cache
 * keyed on it was made with. When any of them changes, so does the hash, and what was kept is
 * made afresh (the content loader's rendered HTML, the Markdown safety check's answers).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function sourceVersion(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const full = join(root, path);
    if (statSync(full).isDirectory()) for (const name of readdirSync(full).sort()) add(join(path, name));
    else hash.update(path).update(readFileSync(full));
  };
  paths.forEach(add);
  return hash.digest('hex');
}
