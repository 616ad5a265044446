import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { AzureCliCredential, ChainedTokenCredential } from '@azure/identity';
import { chooseCredentialSources, createActionsCredential, defaultScope, gitHubAssertion } from '../src';
import { installFakeAzureCli, startRecorder, type Recorder } from '../src/recorder';

const signIn = { clientId: 'c0ffee00-0000-0000-0000-000000000001', tenantId: 'c0ffee00-0000-0000-0000-000000000002' };

describe('chooseCredentialSources', () => {
  it('uses GitHub OIDC first when the runner offers a token and the ids are known', () => {
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' };
    expect(chooseCredentialSources(signIn, env)).toEqual(['github-oidc', 'azure-cli']);
  });
  it('falls back to the Azure CLI without id-token permission', () => {
    expect(chooseCredentialSources(signIn, {})).toEqual(['azure-cli']);
  });
  it('falls back to the Azure CLI without a client id', () => {
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' };
    expect(chooseCredentialSources({ tenantId: signIn.tenantId }, env)).toEqual(['azure-cli']);
  });
  it('builds the chain that matches', () => {
    const getIDToken = async () => 'x';
    expect(createActionsCredential({ ...signIn, env: {}, getIDToken })).toBeInstanceOf(AzureCliCredential);
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' };
    expect(createActionsCredential({ ...signIn, env, getIDToken })).toBeInstanceOf(ChainedTokenCredential);
  });
});

describe('defaultScope', () => {
  it('derives .default scopes', () => {
    expect(defaultScope('https://management.azure.com/')).toBe('https://management.azure.com/.default');
    expect(defaultScope('https://graph.microsoft.com')).toBe('https://graph.microsoft.com/.default');
    expect(defaultScope('6dae42f8-4368-4678-94ff-3960e28e3630')).toBe('6dae42f8-4368-4678-94ff-3960e28e3630/.default');
    expect(defaultScope('api://mcp-aks')).toBe('api://mcp-aks/.default');
  });
});

describe('GitHub OIDC assertion through @actions/core', () => {
  let recorder: Recorder;
  const saved = { url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL, token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN };
  beforeAll(async () => {
    recorder = await startRecorder();
    let n = 0;
    recorder.on('GET', '/_apis/oidc', () => ({ body: { value: `github-jwt-${++n}` } }));
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `${recorder.url}/_apis/oidc?api-version=2.0`;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'runtime-token';
  });
  afterAll(async () => {
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = saved.url;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = saved.token;
    if (saved.url === undefined) delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    if (saved.token === undefined) delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    await recorder.close();
  });

  it('asks the runner for a new token with the token-exchange audience on every call', async () => {
    const assertion = gitHubAssertion(core.getIDToken);
    expect(await assertion()).toBe('github-jwt-1');
    expect(await assertion()).toBe('github-jwt-2');
    const calls = recorder.find('GET', '/_apis/oidc');
    expect(calls).toHaveLength(2);
    expect(calls[0]!.query.audience).toBe('api://AzureADTokenExchange');
    expect(calls[0]!.headers.authorization).toBe('Bearer runtime-token');
  });
});

describe('Azure CLI fallback', () => {
  it('gets the token from `az account get-access-token` for the requested resource', async () => {
    const fake = installFakeAzureCli(mkdtempSync(join(tmpdir(), 'kit-az-')), { token: 'cli-token' });
    const savedPath = process.env.PATH;
    process.env.PATH = `${fake.binDir}:${savedPath}`;
    try {
      const credential = createActionsCredential({ tenantId: signIn.tenantId, env: {}, getIDToken: async () => 'unused' });
      const token = await credential.getToken('https://management.azure.com/.default');
      expect(token?.token).toBe('cli-token');
      const [args] = fake.calls();
      expect(args).toEqual(['account', 'get-access-token', '--output', 'json', '--resource', 'https://management.azure.com', '--tenant', signIn.tenantId]);
    } finally {
      process.env.PATH = savedPath;
    }
  });
});
