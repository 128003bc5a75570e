/**
 * Hostile or careless content (issue 15): every kind is refused by the content check before
 * anything is parsed or rendered, with a message naming the file, the field and the line, in plain
 * words. One fixture per kind under tests/fixtures/bad/, laid over tests/fixtures/valid/ as in
 * content-check.test.ts; the inputs too large for a fixture file are made here.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/build/content-check/index.ts';
import { formatError } from '../../src/domain/errors.ts';
import { fixturesDir } from '../support/paths.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fixtureRoot(badCase?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'hostile-content-'));
  made.push(root);
  cpSync(join(fixturesDir, 'valid'), root, { recursive: true });
  if (badCase) cpSync(join(fixturesDir, 'bad', badCase), root, { recursive: true });
  return root;
}
const messages = (root: string) => checkContent(root, '2026-11-27').map(formatError);
const ARTICLE = 'content/articles/test-article.md';

describe('hostile content', () => {
  // [fixture, the message expected, whether it must be the only one (one fault, one message)]
  const cases: [badCase: string, expected: RegExp, only?: boolean][] = [
    // 1. Text is checked before anything reads it.
    ['bidi-override-in-summary', /^content\/countries\/belize\.json → summary: the invisible character U\+202E RIGHT-TO-LEFT OVERRIDE .* \(line 30, column 25\)$/],
    ['bidi-override-in-title', /^content\/articles\/test-article\.md → title: the invisible character U\+202E .* \(line 2, column 11\)$/],
    ['bidi-escape-in-json', /^content\/countries\/belize\.json → summary: the invisible character U\+2067 RIGHT-TO-LEFT ISOLATE .* \(line 30\)$/, true],
    ['character-reference-bidi', /^content\/articles\/test-article\.md → body \(line 20\): the character reference "&#x202E;" is not allowed/, true],
    ['zero-width-space-in-name', /^content\/countries\/kenya\.json → name: the invisible character U\+200B ZERO WIDTH SPACE .* \(line 2, column 14\)$/, true],
    ['soft-hyphen-in-figure', /^content\/articles\/test-article\.md → body \(line 20\): the invisible character U\+00AD SOFT HYPHEN .*\(column 68\)$/, true],
    ['full-width-digits', /^content\/countries\/belize\.json → summary: the digit-like character "５" \(U\+FF15\) is not allowed: write numbers with the digits 0-9 \("5"\)/],
    ['arabic-indic-digits', /^content\/articles\/test-article\.md → body \(line 20\): the digit-like character "٥" \(U\+0665\) is not allowed/],
    ['latin-1-file', /^content\/countries\/belize\.json → \(whole file\): is not UTF-8 text \(byte 0xE9\): save the file as UTF-8 \(line 30\)$/, true],
    ['cyrillic-look-alike', /^content\/countries\/kenya-again\.json → name: the letter "К" \(U\+041A, Cyrillic\) is not a Latin letter/],
    // NFD and NFC spellings of one name are one name once read.
    ['nfc-and-nfd-names', /^content\/countries\/curacao(-again)?\.json → name: two records describe the same country: "Curaçao" is also used by/],
    // 2. A country is who its code says.
    ['name-not-its-code', /^content\/countries\/rwanda\.json → name: "Rwanda" is not the country of its code BDI \(Burundi\); it is the name of RWA/],
    ['point-outside-country', /^content\/countries\/belize\.json → point: \(-1\.9, 29\.9\) is in Rwanda, not in Belize, the country of the code BLZ.* \(line 4\)$/, true],
    // 3. Every figure a reader sees is checked: none hides in a footnote definition or a link title.
    ['figure-in-footnote-definition', /^content\/articles\/test-article\.md → body \(line 23\): the footnote \[\^p2\] holds the figure “5000”/, true],
    ['figure-in-link-title', /^content\/articles\/test-article\.md → body \(line 20\): the link title "5,000" holds a figure/, true],
    // 4. Strict parsing, limits before parsing.
    ['duplicate-json-key', /^content\/countries\/belize\.json → name: is written twice in one object \(lines 2 and 4\)/, true],
    ['duplicate-yaml-key', /^content\/articles\/test-article\.md → \(front matter\): a key is written twice .* \(line 9\)$/, true],
    ['yaml-tag', /^content\/articles\/test-article\.md → section: has a YAML tag \(!!js\/function\).* \(line 8\)$/, true],
    ['yaml-alias', /^content\/articles\/test-article\.md → author2: uses a YAML alias .* \(line 9\)$/],
    ['deep-blockquotes', /^content\/articles\/test-article\.md → body \(line 25\): nests 10000 quotes and lists inside each other; the limit is 6/, true],
    ['deep-list', /^content\/articles\/test-article\.md → body \(line 25\): nests 10000 quotes and lists inside each other; the limit is 6/, true],
    ['long-word', /^content\/articles\/test-article\.md → body \(line 25\): has a word of 10000 characters .* the limit is 50/, true],
    ['too-many-footnotes', /^content\/articles\/test-article\.md → body \(line 123\): is footnote number 101; the limit is 100 footnotes/, true],
    ['huge-table', /^content\/articles\/test-article\.md → body \(line 25\): starts a table of more than 200 rows/, true],
    // 5. Links and ids, in every form Markdown has.
    ['http-link', /^content\/articles\/test-article\.md → body \(line 20\): the link to "http:\/\/example\.org\/" is not allowed: use https:/, true],
    ['backslash-link', /^content\/articles\/test-article\.md → body \(line 20\): the link to "\/\\\\evil\.example\/" is not allowed/, true],
    ['reference-image-remote', /^content\/articles\/test-article\.md → body \(line 20\): the image "https:\/\/evil\.example\/pixel\.png" is not on this site/, true],
    ['cross-language-reference-link', /^content\/translations\/fr\/articles\/test-article\.md → body \(line 21\): the link \/countries\/belize\/ leads to the English page: write \/fr\/countries\/belize\/$/, true],
    ['cross-language-autolink', /^content\/translations\/fr\/articles\/test-article\.md → body \(line 16\): the link \/ht\/countries\/belize\/ leads to the Kreyòl page: write \/fr\/countries\/belize\/$/, true],
    ['english-links-to-french', /^content\/articles\/test-article\.md → body \(line 20\): the link \/fr\/countries\/belize\/ leads to the French page: write \/countries\/belize\/$/, true],
    ['heading-id-main', /^content\/articles\/test-article\.md → body \(line 18\): the heading "Main" would get the id "main", which the page already uses/, true],
    ['heading-id-document', /^content\/articles\/test-article\.md → body \(line 18\): the heading "Document" would get the id "document"/, true],
    // 8. Share cards: a title the card's font cannot draw.
    ['emoji-in-title', /^content\/articles\/test-article\.md → title: is drawn on the share card, whose font cannot draw "🇭" \(U\+1F1ED\), "🇹" \(U\+1F1F9\), "🔥" \(U\+1F525\).* \(line 2\)$/, true],
    // A second attacker's cases: a mark drawn on a digit, numbers not stored as written, links that
    // mislead (no slashes, a hidden bcc, an address shown that is not the destination, a bare IP),
    // an image of a file the site does not have (it broke the build with a stack trace).
    ['mark-on-digit', /^content\/articles\/test-article\.md → body \(line 20\): the mark U\+0336 is drawn on the digit "0": readers see another figure than the check reads; delete it \(column 69\)$/, true],
    ['json-number-exponent', /^content\/countries\/belize\.json → offers\[0\]\.quantity\.value: the number 5e1 is written with an exponent: write it out in full.* \(line 20\)$/, true],
    ['json-number-too-precise', /^content\/countries\/belize\.json → point\.lat: the number 17\.20000000000000001 has more digits than can be stored exactly \(it would be read as 17\.2\).* \(line 5\)$/, true],
    ['fraction-figure', /^content\/countries\/belize\.json → offers\[0\]\.quantity\.value: must be a whole number \(line 20\)$/, true],
    ['https-without-slashes', /^content\/articles\/test-article\.md → body \(line 20\): the link to "https:evil\.example\/" is not allowed: write https:\/\/ in full$/, true],
    ['mailto-with-bcc', /^content\/articles\/test-article\.md → body \(line 20\): the link to "mailto:desk@example\.org\?bcc=copy@evil\.example" is not allowed: a mailto: link may fill in a subject and a body only/, true],
    ['link-text-other-address', /^content\/articles\/test-article\.md → body \(line 20\): the link text shows the address "https:\/\/haiti-mission\.example\.org\/", but the link leads to evil\.example/, true],
    ['link-to-ip-address', /^content\/articles\/test-article\.md → body \(line 20\): the link to "https:\/\/192\.168\.1\.1\/" is not allowed: link to a site by its name/, true],
    ['title-line-break', /^content\/articles\/test-article\.md → title: has a line break \(from a "\|" or ">" block or a \\n\): write it on one line, in quotes \(line 2\)$/, true],
    ['level-one-heading', /^content\/articles\/test-article\.md → body \(line 18\): the heading "A section" is a level-1 heading \(#\), which only the page's title may be: use ## for a section$/, true],
    ['missing-image', /^content\/articles\/test-article\.md → body \(line 22\): the image "\/no-such-map\.png" is not a file of this site: put the file in public\/ or correct the path$/, true],
    // 6. One fault, one message, with its line: the English file's fault does not blame its translations.
    ['unknown-key', /^content\/countries\/belize\.json → population: is not a known field .* \(line 33\)$/, true],
    ['malformed-article-date', /^content\/articles\/test-article\.md → published: must be a real date .* \(line 5\)$/, true],
  ];
  it('has cases', () => expect(cases.length).toBeGreaterThan(25));

  it.each(cases)('refuses %s, naming file, field and line', (badCase, expected, only) => {
    const found = messages(fixtureRoot(badCase));
    expect(found.some((line) => expected.test(line)), `got:\n${found.join('\n')}`).toBe(true);
    if (only) expect(found, 'one fault, one message').toHaveLength(1);
    for (const line of found) expect(line).not.toMatch(/\n\s+at |Error:|undefined/);
  });

  it('accepts an image the site has, whatever way its path is written', () => {
    const root = fixtureRoot('missing-image');
    mkdirSync(join(root, 'public/maps'), { recursive: true });
    writeFileSync(join(root, 'public/maps/no-such-map.png'), '');
    writeFileSync(join(root, ARTICLE), readFileSync(join(root, ARTICLE), 'utf8').replace('(/no-such-map.png)', '(/maps/./no-such-map.png?v=2)'));
    expect(messages(root)).toEqual([]);
  });

  // Too large for a fixture file: each must be refused quickly, by a limit, never by a crash.
  const large: [name: string, make: (root: string) => void, expected: RegExp][] = [
    ['a 200,000-deep array in timeline.json', (root) => writeFileSync(join(root, 'content/timeline.json'), '['.repeat(200_000) + ']'.repeat(200_000)), /^content\/timeline\.json → \(whole file\): nests more than 20 levels of \[ and \{ .* \(line 1\)$/],
    ['a 5 MB section string', (root) => writeFileSync(join(root, ARTICLE), readFileSync(join(root, ARTICLE), 'utf8').replace('section: "Test"', `section: "${'a '.repeat(2_500_000)}"`)), /^content\/articles\/test-article\.md → \(whole file\): is 50\d\d KB; the limit for an article file is 60 KB/],
    ['a 1,000-deep indented list (2 MB)', (root) => writeFileSync(join(root, ARTICLE), `${readFileSync(join(root, ARTICLE), 'utf8')}\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`), /^content\/articles\/test-article\.md → \(whole file\): is \d+ KB; the limit/],
    ['a 40-deep indented list within the size limit', (root) => writeFileSync(join(root, ARTICLE), `${readFileSync(join(root, ARTICLE), 'utf8')}\n${Array.from({ length: 40 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n')}\n`), /^content\/articles\/test-article\.md → body \(line \d+\): is indented 26 columns; the limit is 24/],
    ['a 1.2 MB glossary definition', (root) => writeFileSync(join(root, 'content/glossary.json'), JSON.stringify([{ id: 'x', term: 'x', definition: 'x '.repeat(600_000) }])), /^content\/glossary\.json → \(whole file\): is 1200 KB; the limit for a list file is 1000 KB/],
    ['a 50,000-row table', (root) => writeFileSync(join(root, ARTICLE), `${readFileSync(join(root, ARTICLE), 'utf8')}\n| a |\n|---|\n${'| x |\n'.repeat(50_000)}`), /^content\/articles\/test-article\.md → \(whole file\): is 30\d KB; the limit for an article file is 60 KB/],
    ['a 440-character section label', (root) => writeFileSync(join(root, ARTICLE), readFileSync(join(root, ARTICLE), 'utf8').replace('section: "Test"', `section: "${'Long label '.repeat(40)}"`)), /^content\/articles\/test-article\.md → section: is 440 characters; a section label has room for 40 .* \(line 8\)$/],
    ['a glossary term with the id "main"', (root) => writeFileSync(join(root, 'content/glossary.json'), readFileSync(join(root, 'content/glossary.json'), 'utf8').replace(/"id": "[^"]*"/, '"id": "main"')), /^content\/glossary\.json \[0\] → id: "main" is an id the page already uses for its own parts .*\(line 3\)$/],
    ['28,000 closing brackets in a paragraph (35 s for the Markdown parser)', (root) => writeFileSync(join(root, ARTICLE), `${readFileSync(join(root, ARTICLE), 'utf8')}\n${' ]'.repeat(28_000)}\n`), /^content\/articles\/test-article\.md → body \(line 25\): starts a paragraph with more than 100 closing brackets/],
    ['25,000 opening brackets in a paragraph (12 s for the Markdown parser)', (root) => writeFileSync(join(root, ARTICLE), `${readFileSync(join(root, ARTICLE), 'utf8')}\n${'[ '.repeat(25_000)}\n`), /^content\/articles\/test-article\.md → body \(line 25\): starts a paragraph with more than 100 opening brackets "\["/],
    ['a table of 9,000 columns', (root) => writeFileSync(join(root, ARTICLE), `${readFileSync(join(root, ARTICLE), 'utf8')}\n${'|a'.repeat(9000)}\n${'|-'.repeat(9000)}\n`), /^content\/articles\/test-article\.md → body \(line 25\): starts a table of 9000 columns; the limit is 12/],
    ['14,000 list items', (root) => writeFileSync(join(root, ARTICLE), `${readFileSync(join(root, ARTICLE), 'utf8')}\n${'- a\n'.repeat(14_000)}`), /^content\/articles\/test-article\.md → body: is 14\d\d\d words; an article may have at most 3000 .*\(line 17\)$/],
    ['a 6,000-character field', (root) => writeFileSync(join(root, 'content/glossary.json'), readFileSync(join(root, 'content/glossary.json'), 'utf8').replace(/"definition": "[^"]*"/, `"definition": "${'word '.repeat(1200)}"`)), /^content\/glossary\.json \[0\] → definition: is 6000 characters; the limit for one field is 5000: .*\(line \d+\)$/],
  ];
  it.each(large)('refuses %s with a message naming the limit', (_name, make, expected) => {
    const root = fixtureRoot();
    make(root);
    const started = performance.now();
    const found = messages(root);
    expect(found.some((line) => expected.test(line)), `got:\n${found.join('\n')}`).toBe(true);
    // A limit, not a parser, refused it: far under the minute that a 10,000-deep list used to take.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
