// Bundles the server into one ES module file (dist/main.mjs): fast start, and the container image
// needs only this file, its data folder and the few packages esbuild cannot inline.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const entries = { main: 'src/main.ts', ingest: 'src/ingest/main.ts' };

await build({
  absWorkingDir: fileURLToPath(new URL('.', import.meta.url)),
  entryPoints: entries,
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  sourcemap: true,
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  // Some dependencies still call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
