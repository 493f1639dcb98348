/**
 * The checks that catch mistakes are wired in: `npm test` type-checks the dialogs' browser code
 * and lints, `npm run deploy` runs the tests before `clasp push`, and the linter really parses
 * TypeScript (typescript-eslint with its own TypeScript 5.9; the project's `tsc` is 7).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../harness/bundle';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

/** Lints `code` as if it were the file `file`; returns the rule ids reported. */
function lint(code: string, file: string): string[] {
  const run = spawnSync(bin('eslint'), ['--format', 'json', '--stdin', '--stdin-filename', file], { cwd: ROOT, input: code, encoding: 'utf8' });
  if (!run.stdout) throw new Error(`eslint failed: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('npm scripts', () => {
  it('npm test type-checks the server, the dialogs and the tests, then lints, then runs jest', () => {
    const steps = pkg.scripts.test!.split(' && ');
    expect(steps).toEqual(
      expect.arrayContaining([
        'tsc --noEmit -p tsconfig.json',
        'tsc --noEmit -p src/client/tsconfig.json',
        'tsc --noEmit -p test/tsconfig.json',
        'npm run lint',
      ]),
    );
    expect(steps[steps.length - 1]).toBe('jest');
    expect(steps.indexOf('npm run lint')).toBeLessThan(steps.indexOf('jest'));
    expect(pkg.scripts.lint).toBe('eslint . && prettier --check .');
  });

  it('npm run deploy pushes only after the tests pass', () => {
    expect(pkg.scripts.deploy).toBe('npm test && clasp push');
  });

  it('.ci/run still runs npm test', () => {
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/^npm test$/m);
  });
});

describe('type-checking the dialogs', () => {
  it('src/client/tsconfig.json covers the dialog code with the DOM and without Apps Script or Node', () => {
    const files = execFileSync(bin('tsc'), ['-p', 'src/client/tsconfig.json', '--listFilesOnly'], { cwd: ROOT, encoding: 'utf8' }).split('\n');
    const own = files.map((f) => f.replace(/\\/g, '/')).filter((f) => !f.includes('/node_modules/'));
    expect(own.some((f) => f.endsWith('src/client/record-actions.ts'))).toBe(true);
    expect(own.some((f) => f.endsWith('src/core/capture/schemas.ts'))).toBe(true);
    expect(files.some((f) => f.includes('@types/google-apps-script'))).toBe(false);
    expect(files.some((f) => f.includes('@types/node'))).toBe(false);
    expect(files.some((f) => /lib\.dom\.d\.ts$/.test(f))).toBe(true);
  });
});

describe('the linter', () => {
  it('parses TypeScript and reports an unused variable in server, dialog and test code', () => {
    const code = 'const unused: number = 1;\nexport function f(x: string): string { return x; }\n';
    expect(lint(code, 'src/core/probe.ts')).toEqual(['@typescript-eslint/no-unused-vars']);
    expect(lint(code, 'src/client/probe.ts')).toEqual(['@typescript-eslint/no-unused-vars']);
    expect(lint(code, 'test/probe.test.ts')).toEqual(['@typescript-eslint/no-unused-vars']);
  });

  it('passes clean code', () => {
    expect(lint("export const greeting = 'hello';\n", 'src/core/probe.ts')).toEqual([]);
  });
});
