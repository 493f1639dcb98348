// Runs a TypeScript program of the test side (the demo, the benchmark) under Node: esbuild
// bundles it to CommonJS in node_modules/.cache, then it is required. Usage: node scripts/run-ts.mjs FILE.ts [args]
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts');
  process.exit(2);
}
const outfile = join(root, 'node_modules/.cache/action-log', `${basename(file, '.ts')}.cjs`);
await build({
  entryPoints: [join(root, file)],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile,
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
const require = createRequire(import.meta.url);
const mod = require(outfile);
if (typeof mod.main === 'function') {
  Promise.resolve(mod.main(process.argv.slice(3))).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
