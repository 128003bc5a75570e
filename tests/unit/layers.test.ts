/**
 * Issue 19: the layers of src/ (scripts/layers.cjs says what each may import) hold, checked by
 * dependency-cruiser on every `npm test`; and the rules bite: a small tree that breaks each one
 * is reported rule by rule.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

// The package's own command (its exports do not include the bin file, so it is found by path).
const cli = join(projectRoot, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');
const rules = join(projectRoot, 'scripts', 'layers.cjs');

interface Cruise {
  modules: unknown[];
  summary: { violations: { rule: { name: string }; from: string; to: string }[] };
}

function cruise(cwd: string): Cruise {
  const run = spawnSync(process.execPath, [cli, '--config', rules, '--output-type', 'json', 'src'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (!run.stdout.trim()) throw new Error(`dependency-cruiser printed nothing: ${run.stderr}`);
  return JSON.parse(run.stdout) as Cruise;
}

const scratch = mkdtempSync(join(tmpdir(), 'layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the layers of src/', () => {
  it('hold in the site: no upward import, no circle, nothing Node-only in browser code', () => {
    const result = cruise(projectRoot);
    expect(result.modules.length).toBeGreaterThan(150);
    expect(result.summary.violations.map(({ rule, from, to }) => `${rule.name}: ${from} → ${to}`)).toEqual([]);
  });

  it('are enforced: each kind of wrong import is reported by its rule', () => {
    const files: Record<string, string> = {
      'src/domain/words.ts': "import { later } from '../build/later.ts';\nexport const words = later;\n",
      'src/build/later.ts': 'export const later = 1;\n',
      'src/i18n/strings.ts': "import { helper } from '../shared/helper.ts';\nexport const strings = helper;\n",
      'src/shared/helper.ts': "import { readFileSync } from 'node:fs';\nexport const helper = readFileSync;\n",
      'src/client/map.ts': "import { later } from '../build/later.ts';\nexport const map = later;\n",
      'src/build/page-user.ts': "import { map } from '../client/map.ts';\nexport const pageUser = map;\n",
      'src/shared/a.ts': "import { b } from './b.ts';\nexport const a = b;\n",
      'src/shared/b.ts': "import { a } from './a.ts';\nexport const b = a;\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), text);
    }
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions: { allowImportingTsExtensions: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler' } }));
    const found = new Set(cruise(scratch).summary.violations.map(({ rule }) => rule.name));
    expect([...found].sort()).toEqual(
      ['build-never-imports-browser-or-pages', 'client-imports-nothing-of-the-build', 'domain-imports-nothing-else', 'floors-without-node', 'i18n-imports-only-domain', 'no-circular'].sort(),
    );
  });
});
