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

describe('GitHub OIDC to Entra, end to end', () => {
  it('exchanges a fresh GitHub token for each Azure token (client assertion, client credentials grant)', async () => {
    const github = await startRecorder();
    const entra = await startRecorder({ https: true });
    entra.trustCertificate();
    const tenant = signIn.tenantId;
    let n = 0;
    github.on('GET', '/token', () => ({ body: { value: `github-jwt-${++n}` } }));
    entra
      .on('GET', `/${tenant}/v2.0/.well-known/openid-configuration`, (_req, r) => ({
        body: {
          issuer: `${r.url}/${tenant}/v2.0`,
          authorization_endpoint: `${r.url}/${tenant}/oauth2/v2.0/authorize`,
          token_endpoint: `${r.url}/${tenant}/oauth2/v2.0/token`,
          end_session_endpoint: `${r.url}/${tenant}/oauth2/v2.0/logout`,
          jwks_uri: `${r.url}/${tenant}/discovery/v2.0/keys`,
          response_types_supported: ['code'],
        },
      }))
      .on('POST', `/${tenant}/oauth2/v2.0/token`, (req) => ({
        body: { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: `azure-for-${new URLSearchParams(req.text).get('client_assertion')}` },
      }));
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: `${github.url}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime' };
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      const credential = createActionsCredential({ ...signIn, env, authorityHost: entra.url, getIDToken: core.getIDToken });
      const arm = await credential.getToken('https://management.azure.com/.default');
      const graph = await credential.getToken('https://graph.microsoft.com/.default');
      const grants = entra.find('POST', `/${tenant}/oauth2/v2.0/token`).map((r) => Object.fromEntries(new URLSearchParams(r.text)));
      expect(grants).toHaveLength(2);
      expect(grants[0]).toMatchObject({
        grant_type: 'client_credentials',
        client_id: signIn.clientId,
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        scope: 'https://management.azure.com/.default',
      });
      // each Azure token was bought with its own GitHub token, none reused
      expect(grants[0]!.client_assertion).toMatch(/^github-jwt-\d+$/);
      expect(grants[1]!.client_assertion).not.toBe(grants[0]!.client_assertion);
      expect(arm?.token).toBe(`azure-for-${grants[0]!.client_assertion}`);
      expect(graph?.token).toBe(`azure-for-${grants[1]!.client_assertion}`);
      expect(github.find('GET', '/token').every((r) => r.query.audience === 'api://AzureADTokenExchange')).toBe(true);
    } finally {
      for (const key of Object.keys(env)) if (saved[key] === undefined) delete process.env[key];
      await github.close();
      await entra.close();
    }
  });
});
