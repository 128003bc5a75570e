/** Read and check everything under content/; the build and the tests both call this. */
import { formatErrors, type ContentError } from './errors.ts';
import { readContent } from './read-content.ts';
import { validateContent } from './validate.ts';

export function checkContent(root: string): ContentError[] {
  const { files, errors } = readContent(root);
  return [...errors, ...validateContent(files)];
}

/** Throws one error listing every problem, so an editor fixes them all in one pass. */
export function assertContentValid(root: string): void {
  const errors = checkContent(root);
  if (errors.length > 0) throw new Error(formatErrors(errors));
}

export { formatErrors, type ContentError };
