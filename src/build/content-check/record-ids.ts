/**
 * Timeline entries, people and glossary terms are anchors on their pages (each is an element's id), so
 * their ids may not be ones the page uses itself ("main", "toc-title"…, reserved-ids.ts): a
 * glossary term "main" would take the skip link's target.
 */
import type { ContentError } from '../../domain/errors.ts';
import type { ContentFiles } from './read-content.ts';
import { reservedIdProblem } from './reserved-ids.ts';

export function recordIdProblems(files: ContentFiles): ContentError[] {
  return [...files.timeline, ...files.people, ...files.glossary].flatMap((entry) => {
    const id = (entry.data as { id?: unknown } | undefined)?.id;
    const problem = typeof id === 'string' && id !== '' ? reservedIdProblem(id) : undefined;
    return problem ? [{ file: entry.file, field: 'id', message: `"${id}" ${problem.replace(/^would get the id "[^"]*", which/, 'is an id')}` }] : [];
  });
}
