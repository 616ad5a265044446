import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Repository root and the Bicep sources. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const bicepDir = join(repoRoot, 'infra', 'bicep');
export const mainBicep = join(bicepDir, 'main.bicep');
export const mainJson = join(bicepDir, 'main.json');

const toolsProject = join(repoRoot, 'infra', 'tools', 'bicep-cli.csproj');

/** The Bicep CLI version pinned in infra/tools/bicep-cli.csproj. */
export function pinnedBicepVersion(): string {
  const match = /Azure\.Bicep\.CommandLine\.linux-x64" Version="\[([0-9.]+)\]"/.exec(readFileSync(toolsProject, 'utf8'));
  if (!match?.[1]) throw new Error(`No pinned Bicep CLI version in ${toolsProject}`);
  return match[1];
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds the Bicep CLI: $BICEP_CLI, else the pinned binary scripts/install-bicep.sh restores into .tools/,
 * else `bicep` on the PATH if it is the pinned version. Throws a message saying how to install it.
 */
export function findBicepCli(): string {
  const version = pinnedBicepVersion();
  const candidates = [
    process.env.BICEP_CLI,
    join(repoRoot, '.tools', 'bicep', 'packages', 'azure.bicep.commandline.linux-x64', version, 'tools', 'bicep'),
  ].filter((p): p is string => Boolean(p));
  for (const path of candidates) if (executable(path)) return path;
  const onPath = spawnSync('bicep', ['--version'], { encoding: 'utf8' });
  if (onPath.status === 0 && onPath.stdout.includes(`version ${version} `)) return 'bicep';
  throw new Error(
    `Bicep CLI ${version} not found. Run scripts/install-bicep.sh (restores it from NuGet into .tools/bicep/; needs the .NET SDK), or set BICEP_CLI to a bicep ${version} binary.`,
  );
}

export interface BicepRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the Bicep CLI; never throws on a non-zero exit (the caller asserts). */
export function runBicep(args: string[]): BicepRun {
  const result = spawnSync(findBicepCli(), args, {
    encoding: 'utf8',
    cwd: bicepDir,
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', BICEP_TRACING_ENABLED: 'false' },
    timeout: 120_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** `bicep --version` of the CLI found. */
export function bicepVersion(): string {
  return execFileSync(findBicepCli(), ['--version'], { encoding: 'utf8' }).trim();
}
