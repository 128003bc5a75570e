/** Read and check everything under content/; the build and the tests both call this. */
import { formatErrors, type ContentError } from '../../domain/errors.ts';
import { readContent, type ContentFile, type ContentFiles } from './read-content.ts';
import { footnoteTextProblems } from './footnote-text.ts';
import { imageFileProblems } from './image-files.ts';
import { recordIdProblems } from './record-ids.ts';
import { shareCardTextProblems } from './share-card-text.ts';
import { validateContent } from './validate.ts';

/**
 * Every problem in content/ below `root`. `today` (YYYY-MM-DD, default: the day of the build) is
 * the latest date content may carry: nothing on the site can be dated in the future.
 */
export function checkContent(root: string, today = new Date().toISOString().slice(0, 10)): ContentError[] {
  const { files, errors } = readContent(root);
  return withLines([...errors, ...validateContent(files, today), ...shareCardTextProblems(files), ...recordIdProblems(files), ...footnoteTextProblems(files), ...imageFileProblems(root, files)], files);
}

/** Gives each message the line of its field, where the file has lines and the check did not say. */
function withLines(errors: ContentError[], files: ContentFiles): ContentError[] {
  const byFile = new Map<string, ContentFile>();
  const trees = [files, ...Object.values(files.translations)];
  for (const tree of trees) for (const entry of [...tree.countries, ...tree.articles, ...tree.timeline, ...tree.people, ...tree.glossary]) byFile.set(entry.file, entry);
  for (const entry of files.sources) byFile.set(entry.file, entry);
  return errors.map((error) => {
    if (error.line !== undefined) return error;
    const body = /^body \(line (\d+)\)$/.exec(error.field);
    if (body) return { ...error, line: Number(body[1]) };
    const line = byFile.get(error.file)?.lineOf?.(error.field);
    return line === undefined ? error : { ...error, line };
  });
}

export { formatErrors, type ContentError };
