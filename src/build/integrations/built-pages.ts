/** The HTML files of a built site (dist/), for integrations that finish pages after the build. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function builtHtmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return builtHtmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
