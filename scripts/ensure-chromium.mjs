// Makes sure the browser the dialog tests drive is installed: Debian's chromium at
// /usr/bin/chromium (playwright-core never downloads browsers here). Run by `npm test` before jest.
//   - already there: nothing to do;
//   - root with apt-get: apt-get update && apt-get install -y chromium, saying so;
//   - otherwise: says how to install it and exits non-zero.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** CHROMIUM_PATH overrides where to look (the tests launch the same path). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(command, args) {
  console.log(`ensure-chromium: running ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return 0;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && onPath('apt-get')) {
    console.log(`ensure-chromium: ${CHROMIUM} is missing; installing Debian's chromium package for the dialog tests.`);
    try {
      run('apt-get', ['update']);
      run('apt-get', ['install', '-y', 'chromium']);
    } catch (e) {
      console.error(`ensure-chromium: ${e.message}`);
      return 1;
    }
    if (existsSync(CHROMIUM)) {
      console.log(`ensure-chromium: installed ${CHROMIUM}.`);
      return 0;
    }
    console.error(`ensure-chromium: apt-get finished but ${CHROMIUM} is still missing.`);
    return 1;
  }
  console.error(
    [
      `ensure-chromium: the dialog tests (test/browser) need Chromium at ${CHROMIUM}, and it is not installed.`,
      'Install it with:',
      '    sudo apt-get update && sudo apt-get install -y chromium',
      '(Debian/Ubuntu; playwright-core drives it, so do not run "npx playwright install").',
    ].join('\n'),
  );
  return 1;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exit(ensureChromium());
}
