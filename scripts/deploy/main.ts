import { runDeploy } from './run';

// `./dev deploy` (npm run deploy): provision, build, deploy and verify from this checkout with the Azure CLI sign-in.
process.exitCode = await runDeploy(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
