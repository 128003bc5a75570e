/**
 * The content check: the real content passes, and every kind of mistake an editor can make stops
 * the build with a message naming the file and the field. One fixture per mistake under
 * tests/fixtures/bad/, each overlaid on the small valid fixture in tests/fixtures/valid/.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/content-check/index.ts';
import { formatError } from '../../src/domain/errors.ts';
import { fixturesDir, projectRoot } from '../support/paths.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temporary project root holding the valid fixture with one bad case laid over it. */
function fixtureRoot(badCase?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'content-check-'));
  made.push(root);
  cpSync(join(fixturesDir, 'valid'), root, { recursive: true });
  if (badCase) cpSync(join(fixturesDir, 'bad', badCase), root, { recursive: true });
  return root;
}

// A fixed "today", so that the future-date case does not depend on the day the tests run.
const messages = (root: string) => checkContent(root, '2026-11-27').map(formatError);

describe('the content check', () => {
  it('passes the site’s real content', () => {
    expect(messages(projectRoot)).toEqual([]);
  });

  it('passes the valid fixture (so each bad case below fails for its own reason)', () => {
    expect(messages(fixtureRoot())).toEqual([]);
  });

  const cases: [badCase: string, expected: RegExp][] = [
    ['unknown-key', /^content\/countries\/belize\.json → population: is not a known field/],
    ['missing-field', /^content\/countries\/belize\.json → status: is required but missing/],
    ['malformed-date', /^content\/countries\/belize\.json → asOf: must be a real date written YYYY-MM-DD/],
    ['malformed-article-date', /^content\/articles\/test-article\.md → published: must be a real date written YYYY-MM-DD/],
    ['unknown-iso-code', /^content\/countries\/belize\.json → iso3: "BLX" is not an ISO 3166-1 alpha-3 country code/],
    ['unknown-country-reference', /^content\/articles\/test-article\.md → countries\[2\]: "atlantis" has no country record/],
    ['duplicate-country', /^content\/countries\/belize\.json → iso3: two records describe the same country: "BLZ" is also used by content\/countries\/belize-again\.json|^content\/countries\/belize-again\.json → iso3: two records describe the same country: "BLZ" is also used by content\/countries\/belize\.json/],
    ['negative-head-count', /^content\/countries\/belize\.json → offers\[0\]\.quantity\.value: must not be negative/],
    ['fractional-head-count', /^content\/countries\/belize\.json → offers\[0\]\.quantity\.value: must be a whole number/],
    ['paragraph-outside-report', /^content\/countries\/belize\.json → sources\[0\]\.paragraphs\[1\]: paragraph 11 is outside the report, which has 10 paragraphs/],
    ['coordinates-out-of-range', /^content\/countries\/belize\.json → point\.lat: latitude must be between -90 and 90/],
    ['footnote-outside-report', /^content\/articles\/test-article\.md → sources\[0\]\.paragraphs\[2\]: paragraph 14 is outside the report/],
    ['missing-standing', /^content\/countries\/belize\.json → offers\[0\]\.standing: is required but missing/],
    ['condition-paragraph-not-in-sources', /^content\/countries\/belize\.json → conditions\[0\]\.paragraphs\[0\]: paragraph 5 must also be listed in "sources"/],
    ['glossary-with-citation', /^content\/glossary\.json \[0\] → sources: is not a known field/],
    // The figure check: a changed figure anywhere stops the build, naming the file, the figure and the paragraphs.
    ['figure-changed-in-article', /^content\/articles\/test-article\.md → body \(line 20\): the figure “60” is not stated in paragraph 2 \(it states: 50, August\)/],
    ['figure-in-takeaway', /^content\/articles\/test-article\.md → takeaways\[0\]: the figure “1000” is not stated in paragraphs 1 and 2/],
    ['month-not-stated', /^content\/articles\/test-article\.md → body \(line 20\): the month “July” is not stated in paragraph 2/],
    ['unmarked-worked-out-date', /^content\/articles\/test-article\.md → body \(line 20\): the date 2023-09-22 is not the report's date: a date worked out from the report must be marked/],
    ['wrong-worked-out-date', /^content\/articles\/test-article\.md → body \(line 20\): the worked-out date 2023-09-23 does not follow from paragraph 1, which says only friday/],
    ['figure-changed-in-country', /^content\/countries\/belize\.json → offers\[0\]\.quantity\.value: 60 is not a figure stated in paragraph 2/],
    ['figure-changed-in-country-summary', /^content\/countries\/belize\.json → summary: the figure “500” is not stated in paragraph 2/],
    ['figure-changed-in-timeline', /^content\/timeline\.json \[1\] → description: the figure “60” is not stated in paragraph 2/],
    ['timeline-date-not-worked-out-right', /^content\/timeline\.json \[0\] → date: 2023-09-21 does not follow from “friday” counted from the report's date \(2023-09-22\)/],
    ['timeline-month-not-stated', /^content\/timeline\.json \[1\] → date: 2023-07-01 \(month\) is not a date paragraph 2 states/],
    ['figure-changed-in-people', /^content\/people\.json \[0\] → part: the figure “13” is not stated in paragraph 1/],
    // One reader for the check and the site: names that cannot be an address are refused, not silently dropped or renamed.
    ['uppercase-file-name', /^content\/countries\/Belize\.json → \(file name\): becomes the page's address, so it may use only lowercase/],
    ['dot-file-name', /^content\/articles\/\.\.test-article\.md → \(file name\): starts with a dot, so it would never be published/],
    ['spaces-in-file-name', /^content\/articles\/Why Haiti Asked\.md → \(file name\): becomes the page's address/],
    ['wrong-file-type', /^content\/countries\/notes\.txt → \(file name\): is not a \.json file/],
    ['future-date', /^content\/articles\/test-article\.md → updated: 2999-01-01 is after today \(2026-11-27\): content cannot be dated in the future/],
    ['implausible-quantity', /^content\/countries\/belize\.json → offers\[0\]\.quantity\.value: 1000000000000000 is implausible: it is over 1,000,000 people/],
    ['unsafe-integer', /^content\/countries\/belize\.json → offers\[0\]\.quantity\.value: .*(too large to store exactly|whole number|safe)/],
    ['paragraph-zero', /^content\/articles\/test-article\.md → body: footnote \[\^p0\] points at no paragraph: the report's paragraphs count from 1/],
    ['person-unknown-country', /^content\/people\.json \[0\] → country: "atlantis" has no country record/],
    // Markdown that could inject: named by file and line, and never published.
    ['raw-html-script', /^content\/articles\/test-article\.md → body \(line 20\): raw HTML is not allowed/],
    ['raw-html-iframe', /^content\/articles\/test-article\.md → body \(line 20\): raw HTML is not allowed/],
    ['raw-html-img-onerror', /^content\/articles\/test-article\.md → body \(line 20\): raw HTML is not allowed/],
    ['javascript-link', /^content\/articles\/test-article\.md → body \(line 20\): the link to "javascript:alert\(1\)" is not allowed/],
    ['data-link', /^content\/articles\/test-article\.md → body \(line 20\): the link to "data:text\/html/],
    ['remote-image', /^content\/articles\/test-article\.md → body \(line 20\): the image "https:\/\/evil\.example\/chart\.png" is not on this site/],
    // Translations hold text only, and are held to their English originals.
    ['translation-different-citations', /^content\/translations\/fr\/articles\/test-article\.md → sources: must be exactly the English article's sources/],
    ['translation-changed-figure', /^content\/translations\/ht\/articles\/test-article\.md → body \(line 16\): the figure “60” is not stated in paragraph 2/],
    ['translation-figure-in-country', /^content\/translations\/fr\/countries\/belize\.json → summary: the figure “500” is not stated in paragraph 2/],
    ['translation-english-link', /^content\/translations\/fr\/articles\/test-article\.md → body \(line 16\): the link \/countries\/belize\/ leads to the English page: write \/fr\/countries\/belize\//],
    ['translation-without-original', /^content\/translations\/fr\/countries\/atlantis\.json → \(whole file\): translates "atlantis", which has no English original/],
    ['translation-misaligned-conditions', /^content\/translations\/fr\/countries\/belize\.json → conditions: has 0 entries; the English has 1/],
    // Issue 14: a label no firmer than its paragraph's words, a kind of personnel that matches it, a timeline in date order.
    ['standing-firmer-than-its-words', /^content\/countries\/kenya\.json → offers\[0\]\.standingEvidence\.phrase: “is expected to be”: it justifies "expected", not "offered"/],
    ['standing-phrase-not-in-paragraph', /^content\/countries\/belize\.json → offers\[0\]\.standingEvidence\.phrase: “has discussed sending up to” is not in paragraph 2 of the report/],
    // Review of issue 14: a figure the report gives on one source's word says so in every label.
    ['single-source-figure-without-attribution', /^content\/countries\/belize\.json → offers\[0\]\.attribution: paragraphs 2, 3 give this on one source's word \(“One source said”\): add "attribution": "one-source"/],
    ['status-without-evidence', /^content\/countries\/belize\.json → statusEvidence: is missing: give the phrase of a cited paragraph that makes it "diplomatic-sources"/],
    ['status-firmer-than-its-words', /^content\/countries\/kenya\.json → statusEvidence\.phrase: “saying only that as the lead nation”: it justifies "stated-in-public", not "diplomatic-sources"/],
    ['personnel-kind-named-in-paragraph', /^content\/countries\/kenya\.json → offers\[0\]\.kind: "personnel" says police or military is not specified, but paragraph 1 names them \(“police officers”, “troops”\)/],
    ['timeline-label-contradicts-place', /^content\/timeline\.json \[2\] → when: says “before the report” but is dated 2023-09-26, on or after the report's day/],
    ['timeline-placed-away-from-its-entry', /^content\/timeline\.json \[2\] → date: 2023-08-01 is not the date of "an-event" \(2023-09-22\), the entry it is placed with/],
    ['timeline-undated-with-nothing-to-place-it', /^content\/timeline\.json \[2\] → when: an entry with no date given must be placed by something/],
    ['translation-wrong-worked-out-date', /^content\/translations\/ht\/articles\/test-article\.md → body \(line 16\): the worked-out date 2023-09-23 does not follow from paragraph 1/],
  ];

  it.each(cases)('rejects %s with a message naming file and field', (badCase, expected) => {
    const found = messages(fixtureRoot(badCase));
    expect(found.some((line) => expected.test(line)), `got:\n${found.join('\n')}`).toBe(true);
  });

  // Cases a fixture folder cannot hold: links, missing folders, generated text.
  const built: [name: string, make: (root: string) => void, expected: RegExp][] = [
    ['a symbolic link to a file outside the repository', (root) => symlinkSync('/etc/hostname', join(root, 'content/countries/leak.json')), /^content\/countries\/leak\.json → \(whole file\): is a symbolic link/],
    ['a symbolic link to a file inside content/', (root) => symlinkSync(join(root, 'content/countries/belize.json'), join(root, 'content/countries/belize-copy.json')), /^content\/countries\/belize-copy\.json → \(whole file\): is a symbolic link/],
    ['a missing collection folder', (root) => rmSync(join(root, 'content/countries'), { recursive: true }), /^content\/countries → \(folder\): is missing/],
    ['a missing list file', (root) => rmSync(join(root, 'content/glossary.json')), /^content\/glossary\.json → \(whole file\): is missing/],
    ['a missing translation', (root) => rmSync(join(root, 'content/translations/fr/countries/kenya.json')), /^content\/translations\/fr\/countries\/kenya\.json → \(whole file\): is missing: every country record needs a French translation/],
    [
      'a glossary id changed in English only',
      (root) => writeFileSync(join(root, 'content/glossary.json'), readFileSync(join(root, 'content/glossary.json'), 'utf8').replace('"id": "a-term"', '"id": "renamed-term"')),
      /^content\/translations\/fr\/glossary\.json → \(entries\): has no entry with the id "renamed-term": every glossary term needs a French translation/,
    ],
    ['a missing translation folder', (root) => rmSync(join(root, 'content/translations/ht'), { recursive: true }), /^content\/translations\/ht\/articles → \(folder\): is missing/],
    ['a folder inside a collection', (root) => mkdirSync(join(root, 'content/articles/drafts')), /^content\/articles\/drafts → \(file name\): is a folder/],
    [
      'an article too long to read',
      (root) => appendFileSync(join(root, 'content/articles/test-article.md'), `\n${'word '.repeat(3100)}\n`),
      /^content\/articles\/test-article\.md → body: is 31\d\d words; an article may have at most 3000/,
    ],
  ];
  it.each(built)('rejects %s with a message naming it', (_name, make, expected) => {
    const root = fixtureRoot();
    make(root);
    const found = messages(root);
    expect(found.some((line) => expected.test(line)), `got:\n${found.join('\n')}`).toBe(true);
  });

  it('reads a file that starts with a byte-order mark as if it had none', () => {
    const root = fixtureRoot();
    const path = join(root, 'content/countries/belize.json');
    writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8')}`);
    expect(messages(root)).toEqual([]);
  });

  it('insists the footnotes and the listed source paragraphs agree', () => {
    const root = fixtureRoot('footnote-outside-report');
    expect(messages(root)).toContainEqual(expect.stringMatching(/test-article\.md → body: footnote \[\^p14\] points outside the report/));
  });
});
