/**
 * Every HTML file in dist/ is one well-formed document that passes html-validate's recommended
 * rules (the project's .htmlvalidate.json) with no errors. A failure lists each problem as
 * "rule  selector  message" so it can be found in the page's source.
 */
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist.ts';

const pages = builtPages();
// Reads .htmlvalidate.json from the project root, as the command-line tool does.
const validator = new HtmlValidate(new FileSystemConfigLoader());

const describeMessage = (m: Message) => `${m.ruleId}  ${m.selector ?? `line ${m.line}:${m.column}`}  ${m.message}`;

describe('html-validate', () => {
  it('finds pages to validate', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s has no errors', async (_path, page) => {
    const report = await validator.validateString(page.html, page.file);
    const errors = report.results.flatMap((result) => result.messages).filter((m) => m.severity === 2);
    expect(errors.map(describeMessage)).toEqual([]);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s is one document: nothing before <!doctype> or after </html>', (_path, page) => {
    const html = page.html.trim();
    expect(html.slice(0, 15).toLowerCase()).toBe('<!doctype html>');
    // Anything after </html> (a stray <script>, say) is a parse error the browser silently moves into <body>.
    expect(html.slice(html.toLowerCase().lastIndexOf('</html>'))).toBe('</html>');
    expect(html.toLowerCase().match(/<html[\s>]/g)).toHaveLength(1);
    expect(html.toLowerCase().match(/<\/body>/g)).toHaveLength(1);
  });
});
