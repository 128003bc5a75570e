/**
 * Issue 14's labels backed by the report's words. content/sources.json keeps, per paragraph, the
 * phrases of the standing-evidence table that the paragraph contains ("wording"), so the build can
 * hold every status and standing to the report without the report's text. This re-derives that
 * table from the report itself wherever it is at hand, and shows on the real content that a label
 * firmer than its words stops the build.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/content-check/index.ts';
import { formatError } from '../../src/domain/errors.ts';
import { paragraphWording, STANDING_PHRASES, STATUS_PHRASES } from '../../src/build/content-check/standing-evidence.ts';
import { projectRoot } from '../support/paths.ts';

const sourceDir = join(projectRoot, '..', 'shared', 'source');
const reportFile = existsSync(sourceDir) ? readdirSync(sourceDir).find((name) => name.endsWith('.txt')) : undefined;
const sources = JSON.parse(readFileSync(join(projectRoot, 'content/sources.json'), 'utf8')) as { id: string; wording?: Record<string, string[]> }[];

/** The report's news paragraphs, counted as the sources page counts them. */
function reportParagraphs(text: string): string[] {
  const lines = text.split('Recommended Stories')[0]!.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.slice(lines.findIndex((line) => line.startsWith('At least a dozen nations')));
}

describe.skipIf(!reportFile)('the wording table', () => {
  const paragraphs = reportParagraphs(readFileSync(join(sourceDir, reportFile ?? ''), 'utf8'));

  it('matches, paragraph by paragraph, the phrases the report has', () => {
    const derived: Record<string, string[]> = {};
    paragraphs.forEach((paragraph, index) => {
      const found = paragraphWording(paragraph);
      if (found.length) derived[String(index + 1)] = found;
    });
    expect(Object.keys(derived).length).toBeGreaterThan(5);
    expect(sources.find((s) => s.id === 'miami-herald-2023-09-26')!.wording).toEqual(derived);
  });

  it('holds only phrases the report really has (every phrase of the table is found somewhere in it)', () => {
    const all = new Set(paragraphs.flatMap(paragraphWording));
    for (const phrase of [...Object.values(STANDING_PHRASES).flat(), ...Object.values(STATUS_PHRASES).flat()]) expect(all, phrase).toContain(phrase);
  });
});

describe('a label firmer than the report on the real content', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** A copy of the real content with one country record changed. */
  function withCountry(id: string, change: (record: Record<string, any>) => void): string[] {
    const root = mkdtempSync(join(tmpdir(), 'wording-'));
    made.push(root);
    cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
    const path = join(root, 'content/countries', `${id}.json`);
    const record = JSON.parse(readFileSync(path, 'utf8'));
    change(record);
    writeFileSync(path, JSON.stringify(record, null, 2));
    return checkContent(root, '2026-11-27').map(formatError);
  }

  it('stops the build when Kenya’s expected offer is marked "offered"', () => {
    const errors = withCountry('kenya', (kenya) => (kenya.offers[0].standing = 'offered'));
    expect(errors).toContainEqual(expect.stringMatching(/^content\/countries\/kenya\.json → offers\[0\]\.standingEvidence\.phrase: “is expected to be”: it justifies "expected", not "offered"/));
  });

  it('stops the build when Kenya’s 1,000 police officers and troops are called "not specified"', () => {
    const errors = withCountry('kenya', (kenya) => (kenya.offers[0].kind = 'personnel'));
    expect(errors).toContainEqual(expect.stringMatching(/^content\/countries\/kenya\.json → offers\[0\]\.kind: "personnel" says police or military is not specified, but paragraph 3 names them/));
  });

  it('stops the build when the Pentagon’s support is marked "offered"', () => {
    const errors = withCountry('united-states', (us) => (us.offers[1].standing = 'offered'));
    expect(errors).toContainEqual(expect.stringMatching(/united-states\.json → offers\[1\]\.standingEvidence\.phrase: “is also prepared to provide”: it justifies "prepared", not "offered"/));
  });
});
