/**
 * content/sources.json keeps, per paragraph, the figures the report states (never its text). This
 * re-derives that table from the report itself with the figure check's own extractor, wherever
 * the report is at hand (../shared/source/ beside the project, as on every developer machine and
 * in CI), so that the table the build trusts can never drift from the report.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/build/figure-check/extract.ts';
import { projectRoot } from '../support/paths.ts';

const sourceDir = join(projectRoot, '..', 'shared', 'source');
const reportFile = existsSync(sourceDir) ? readdirSync(sourceDir).find((name) => name.endsWith('.txt')) : undefined;
const sources = JSON.parse(readFileSync(join(projectRoot, 'content/sources.json'), 'utf8')) as { id: string; paragraphs: number; figures: Record<string, unknown> }[];

/** The report's news paragraphs: from the one about "at least a dozen nations" to the last before "Recommended Stories". */
function reportParagraphs(text: string): string[] {
  const lines = text.split('Recommended Stories')[0]!.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.slice(lines.findIndex((line) => line.startsWith('At least a dozen nations')));
}

// Outside CI a checkout without ../shared/ may skip this; CI always has the report, so there a
// missing report is a failure, never a silent skip.
it.runIf(process.env['CI'] === 'true')('has the report at hand in CI', () => {
  expect(reportFile, `no report in ${sourceDir}`).toBeDefined();
});

describe.skipIf(!reportFile)('the figures table', () => {
  const paragraphs = reportParagraphs(readFileSync(join(sourceDir, reportFile ?? ''), 'utf8'));
  const source = sources.find((s) => s.id === 'miami-herald-2023-09-26')!;

  it('counts the paragraphs the way the sources page says', () => {
    expect(paragraphs).toHaveLength(source.paragraphs);
  });

  it('matches, paragraph by paragraph, what the report states', () => {
    const derived: Record<string, unknown> = {};
    paragraphs.forEach((paragraph, index) => {
      const { numbers, months, relative } = extractFigures(paragraph);
      if (numbers.length || months.length || relative.length) derived[String(index + 1)] = { numbers, months, relative };
    });
    expect(source.figures).toEqual(derived);
  });
});
