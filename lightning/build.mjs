// Bundles the CLI into dist/cli.mjs (with chunks for the Azure SDKs, loaded only when configured).
import { chmod } from 'node:fs/promises';
import { build } from 'esbuild';

// The shared package's modules do nothing when imported: say so, so that the parts the CLI does not
// use statically (the Azure credential chain, the OpenAI client) stay out of its main chunk.
const coreHasNoSideEffects = {
  name: 'core-side-effect-free',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'core-resolved') return undefined;
      const fromCore = args.importer.includes('/packages/core/src/') && args.path.startsWith('.');
      if (!fromCore && args.path !== '@mcp-aks/core') return undefined;
      const result = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'core-resolved' });
      return result.errors.length > 0 ? { errors: result.errors } : { path: result.path, sideEffects: false };
    });
  },
};

await build({
  entryPoints: { cli: 'src/cli/main.ts', 'capture-overhead': 'src/capture/overhead.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  target: 'node24',
  format: 'esm',
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: [coreHasNoSideEffects],
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
await chmod('dist/cli.mjs', 0o755);
