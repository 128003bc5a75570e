/**
 * An image in an article must be a file the site publishes (public/): a path to nothing shows the
 * reader a broken image, and stopped the build later with a stack trace (the offline-reading lists
 * measure every file a page names). Only bodies that hold an image ("![") are parsed again.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentError } from '../../domain/errors.ts';
import type { ContentFile, ContentFiles } from './read-content.ts';
import { localImagesIn } from './markdown-safety.ts';

/** The file under public/ that an image path names (dot segments and escapes resolved as a browser would), if any. */
function publicFile(root: string, path: string): string | undefined {
  try {
    const { pathname } = new URL(path, 'https://site.invalid/');
    const file = join(root, 'public', decodeURIComponent(pathname));
    return existsSync(file) && statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

export function imageFileProblems(root: string, files: ContentFiles): ContentError[] {
  const articles: ContentFile[] = [...files.articles, ...Object.values(files.translations).flatMap((tree) => tree.articles)];
  return articles.flatMap((article) =>
    localImagesIn(article.body ?? '', article.bodyOffset ?? 0)
      .filter((image) => !publicFile(root, image.path))
      .map((image) => ({ file: article.file, field: `body (line ${image.line})`, message: `the image ${JSON.stringify(image.path.slice(0, 60))} is not a file of this site: put the file in public/ or correct the path` })),
  );
}
