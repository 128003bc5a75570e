/** Read and check everything under content/; the build and the tests both call this. */
import { formatErrors, type ContentError } from './errors.ts';
import { readContent } from './read-content.ts';
import { validateContent } from './validate.ts';

/**
 * Every problem in content/ below `root`. `today` (YYYY-MM-DD, default: the day of the build) is
 * the latest date content may carry: nothing on the site can be dated in the future.
 */
export function checkContent(root: string, today = new Date().toISOString().slice(0, 10)): ContentError[] {
  const { files, errors } = readContent(root);
  return [...errors, ...validateContent(files, today)];
}

export { formatErrors, type ContentError };
