import { execFileSync } from 'node:child_process';

/** Builds the server bundle once before the tests that run it as a process. */
export default function setup(): void {
  execFileSync(process.execPath, ['build.mjs'], { cwd: new URL('../server/', import.meta.url), stdio: 'inherit' });
}
