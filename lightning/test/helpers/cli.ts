import { main } from '../../src/cli/main';

/** Runs the Lightning CLI in-process and collects what it writes. */
export async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), env });
  return { code, out, err };
}
