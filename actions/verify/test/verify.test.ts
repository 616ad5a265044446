import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '@mcp-aks/server';
import { silentLogger } from '@mcp-aks/core';
import { installFakeAzureCli, runInProcess, startRecorder, type FakeAzureCli, type Recorder } from '@mcp-aks/actions-kit/recorder';
import { run } from '../src/main';
import { runCli } from '../src/cli';
import { startGateway, type Gateway } from './gateway';

let server: RunningServer;
let gateway: Gateway;
let az: FakeAzureCli;
let closedPort: number;
const savedPath = process.env.PATH;

async function freePortThatRefuses(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  server = await startServer({
    env: { HOST: '127.0.0.1', PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'verify-server-')), LOG_LEVEL: 'silent', RATE_LIMIT_RPS: '0' },
    logger: silentLogger,
    defaultMetrics: false,
  });
  gateway = await startGateway(server.url, { token: 'good-token' });
  az = installFakeAzureCli(mkdtempSync(join(tmpdir(), 'verify-az-')), { token: 'good-token' });
  process.env.PATH = `${az.binDir}:${savedPath}`;
  closedPort = await freePortThatRefuses();
});
afterAll(async () => {
  process.env.PATH = savedPath;
  await gateway?.close();
  await server?.close();
});

const inputs = () => ({ 'mcp-url': gateway.mcpUrl, audience: 'api://mcp-agents-test', 'skip-infra': 'true', 'backend-address': `127.0.0.1:${closedPort}`, 'timeout-seconds': '10' });

describe('verify against the real server behind an APIM stand-in', () => {
  it('passes every check and writes the results table', async () => {
    const result = await runInProcess(run, inputs());
    expect(result.failed, result.log).toBe(false);
    const checks = JSON.parse(result.outputs['results-json']!) as { name: string; ok: boolean; skipped?: boolean }[];
    expect(checks.filter((c) => !c.skipped).map((c) => c.name)).toEqual([
      '/mcp without a token is refused',
      'Protected Resource Metadata is served',
      'initialize with a token',
      'tools/list',
      'tools/call hello_mcp',
      'snippet round trip',
      'Backend refuses callers that are not APIM',
    ]);
    expect(checks.every((c) => c.ok)).toBe(true);
    expect(result.summary).toContain('| tools/call hello_mcp | pass |');
    expect(az.calls()[0]).toContain('api://mcp-agents-test');
    expect(az.calls()).toHaveLength(1);
    expect(gateway.methods.slice(0, 2)).toEqual(['initialize', 'notifications/initialized']);
    expect(gateway.methods).toEqual(expect.arrayContaining(['tools/list', 'tools/call']));
  });

  it('fails the step naming the checks that failed', async () => {
    const open = await startGateway(server.url, { token: 'good-token', challenge: false, servePrm: false });
    try {
      const result = await runInProcess(run, { ...inputs(), 'mcp-url': open.mcpUrl, 'backend-address': server.url });
      expect(result.failed).toBe(true);
      expect(result.log).toMatch(/::error::3 check\(s\) failed: \/mcp without a token is refused \(401 without a Bearer challenge/);
      expect(result.log).toContain('Protected Resource Metadata is served');
      expect(result.log).toContain('Backend refuses callers that are not APIM');
      expect(result.outputs.passed).toBe('false');
    } finally {
      await open.close();
    }
  });

  it('checks the cluster: deployment available, pods ready, service on its fixed private address', async () => {
    const recorder: Recorder = await startRecorder({ https: true });
    recorder.trustCertificate();
    try {
      const SUB = '00000000-0000-0000-0000-0000000000aa';
      const AKS = `/subscriptions/${SUB}/resourceGroups/rg-mcp/providers/Microsoft.ContainerService/managedClusters/aks-demo`;
      const kubeconfig = `apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: ${recorder.url}\n    certificate-authority-data: ${Buffer.from(recorder.certificate!).toString('base64')}\ncontexts:\n- name: c\n  context: {cluster: c, user: u}\ncurrent-context: c\nusers:\n- name: u\n  user: {token: from-kubeconfig}\n`;
      recorder
        .on('GET', AKS, { body: { name: 'aks-demo', location: 'eastus2', properties: { oidcIssuerProfile: { enabled: true, issuerURL: 'https://issuer/' } } } })
        .on('POST', `${AKS}/listClusterUserCredential`, { body: { kubeconfigs: [{ name: 'clusterUser', value: Buffer.from(kubeconfig).toString('base64') }] } })
        .on('GET', '/apis/apps/v1/namespaces/mcp-agents/deployments/mcp-agents', {
          body: { metadata: { name: 'mcp-agents' }, spec: { replicas: 2, selector: { matchLabels: { 'app.kubernetes.io/name': 'mcp-agents' } } }, status: { availableReplicas: 2, conditions: [{ type: 'Available', status: 'True' }] } },
        })
        .on('GET', '/api/v1/namespaces/mcp-agents/pods', {
          body: { items: ['a', 'b'].map((n) => ({ metadata: { name: `mcp-agents-${n}` }, status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } })) },
        })
        .on('GET', '/api/v1/namespaces/mcp-agents/services/mcp-agents-loadbalancer', { body: { status: { loadBalancer: { ingress: [{ ip: '203.0.113.10' }] } } } });
      const result = await runInProcess(run, {
        ...inputs(),
        'skip-infra': 'false',
        'subscription-id': SUB,
        'resource-group': 'rg-mcp',
        'cluster-name': 'aks-demo',
        'expected-ip': '203.0.113.10',
        'arm-endpoint': recorder.url,
      });
      expect(result.failed, result.log).toBe(false);
      expect(result.summary).toContain('| Deployment mcp-agents is available | pass | 2/2 replicas available |');
      expect(result.summary).toContain('| Pods are ready | pass | 2 ready |');
      expect(result.summary).toContain('| Service mcp-agents-loadbalancer has its private address | pass | 203.0.113.10 |');
      expect(recorder.find('GET', '/api/v1/namespaces/mcp-agents/pods')[0]!.query.labelSelector).toBe('app.kubernetes.io/name=mcp-agents');
      expect(recorder.find('GET', '/apis/apps/v1/namespaces/mcp-agents/deployments/mcp-agents')[0]!.headers.authorization).toBe('Bearer from-kubeconfig');
      expect(recorder.unmatched).toEqual([]);
    } finally {
      await recorder.close();
    }
  });
});

describe('mcp-verify CLI', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t), env: process.env } };
  };

  it('runs the checks with a token from the Azure CLI sign-in', async () => {
    const { out, io: cliIo } = io();
    const code = await runCli(['--url', gateway.mcpUrl, '--use-az-token', '--audience', 'api://mcp-agents-test', '--skip-infra', '--json'], cliIo);
    expect(code).toBe(0);
    const checks = JSON.parse(out.join('')) as { name: string; ok: boolean }[];
    expect(checks.find((c) => c.name === 'tools/call hello_mcp')?.ok).toBe(true);
  });

  it('explains bad usage with exit code 2', async () => {
    const { err, io: cliIo } = io();
    expect(await runCli(['--url', gateway.mcpUrl], cliIo)).toBe(2);
    expect(err.join('')).toContain('pass --use-az-token or --generate-token');
    expect(err.join('')).toContain('--skip-infra');
    expect(await runCli(['--bogus'], cliIo)).toBe(2);
  });

  it('exits 1 when a check fails', async () => {
    const { io: cliIo } = io();
    expect(await runCli(['--url', server.url, '--use-az-token', '--audience', 'api://x', '--skip-infra'], cliIo)).toBe(1);
  });
});

describe('mcp-verify --generate-token', () => {
  it('signs in with a device code against the authority and calls with that token', async () => {
    const entra: Recorder = await startRecorder({ https: true });
    entra.trustCertificate();
    const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    const base = () => `${entra.url}/${tenant}`;
    try {
      entra
        .on('GET', `/${tenant}/v2.0/.well-known/openid-configuration`, () => ({
          body: {
            issuer: `${base()}/v2.0`,
            authorization_endpoint: `${base()}/oauth2/v2.0/authorize`,
            token_endpoint: `${base()}/oauth2/v2.0/token`,
            device_authorization_endpoint: `${base()}/oauth2/v2.0/devicecode`,
            end_session_endpoint: `${base()}/oauth2/v2.0/logout`,
            jwks_uri: `${base()}/discovery/v2.0/keys`,
            response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
            scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
          },
        }))
        .on('POST', `/${tenant}/oauth2/v2.0/devicecode`, {
          body: { user_code: 'ABCD-EFGH', device_code: 'device-code-1', verification_uri: 'https://microsoft.com/devicelogin', expires_in: 900, interval: 1, message: 'To sign in, enter the code ABCD-EFGH' },
        })
        .on('POST', `/${tenant}/oauth2/v2.0/token`, {
          body: {
            token_type: 'Bearer',
            scope: 'api://mcp-agents-test/.default',
            expires_in: 3600,
            ext_expires_in: 3600,
            access_token: 'good-token',
            client_info: Buffer.from(JSON.stringify({ uid: 'user-1', utid: tenant })).toString('base64url'),
          },
        });
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(
        ['--url', gateway.mcpUrl, '--generate-token', '--tenant-id', tenant, '--authority-host', entra.url, '--audience', 'api://mcp-agents-test', '--skip-infra', '--json'],
        { out: (t) => void out.push(t), err: (t) => void err.push(t), env: process.env },
      );
      expect(code, err.join('') + out.join('')).toBe(0);
      expect(err.join('')).toContain('To sign in, enter the code ABCD-EFGH');
      const [token] = entra.find('POST', `/${tenant}/oauth2/v2.0/token`);
      expect(new URLSearchParams(token!.text).get('grant_type')).toBe('device_code');
      expect(new URLSearchParams(token!.text).get('device_code')).toBe('device-code-1');
      expect(new URLSearchParams(entra.find('POST', `/${tenant}/oauth2/v2.0/devicecode`)[0]!.text).get('scope')).toContain('api://mcp-agents-test/.default');
    } finally {
      await entra.close();
    }
  });
});
