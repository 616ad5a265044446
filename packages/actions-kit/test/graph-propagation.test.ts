import { describe, expect, it } from 'vitest';
import {
  accessTokenRoles,
  classifyGraphFailure,
  describeFailure,
  failureMessage,
  GRAPH_REPLICATION_MAX_ATTEMPTS,
  HttpError,
  MissingGraphPermission,
  withGraphReplicationRetry,
  type GraphRequestFacts,
} from '../src';
import { accessTokenWithClaims } from '../src/recorder';

// Graph's error shape (https://learn.microsoft.com/graph/errors) for the two documented answers of a
// directory that has not caught up; see actions/provision/test/fixtures/graph-replication.ts for the pages.
const notFound = () => new HttpError(404, "Resource 'x' does not exist or one of its queried reference-property objects are not present.", { code: 'Request_ResourceNotFound' });
const denied = () => new HttpError(403, 'Insufficient privileges to complete the operation.', { code: 'Authorization_RequestDenied' });
const facts = (over: Partial<GraphRequestFacts> = {}): GraphRequestFacts => ({ method: 'POST', path: '/v1.0/x', permission: 'AgentIdentity.CreateAsManager', grantedRoles: ['AgentIdentity.CreateAsManager'], ...over });

describe('which Graph failures are replication', () => {
  it('is a 404 about an object this run created, and a denial of a permission the token carries', () => {
    expect(classifyGraphFailure(describeFailure(notFound()), facts({ aboutNewObject: true }))).toBe('replication');
    expect(classifyGraphFailure(describeFailure(notFound()), facts())).toBe('other');
    expect(classifyGraphFailure(describeFailure(denied()), facts())).toBe('replication');
  });
  it('calls a denial missing-permission when the token lacks the permission or its roles cannot be read', () => {
    expect(classifyGraphFailure(describeFailure(denied()), facts({ grantedRoles: ['AgentIdentity.Read.All'] }))).toBe('missing-permission');
    expect(classifyGraphFailure(describeFailure(denied()), facts({ grantedRoles: undefined }))).toBe('missing-permission');
  });
  it('leaves every other failure alone', () => {
    expect(classifyGraphFailure(describeFailure(new HttpError(403, 'x', { code: 'Forbidden' })), facts())).toBe('other');
    expect(classifyGraphFailure(describeFailure(new HttpError(400, 'x', { code: 'Request_BadRequest' })), facts({ aboutNewObject: true }))).toBe('other');
  });
});

describe('accessTokenRoles', () => {
  it('reads the roles claim of a JWT, and nothing from an opaque or malformed token', () => {
    expect(accessTokenRoles(accessTokenWithClaims({ roles: ['A.Read.All', 'B.Create'] }))).toEqual(['A.Read.All', 'B.Create']);
    expect(accessTokenRoles(accessTokenWithClaims({ scp: 'User.Read' }))).toBeUndefined();
    expect(accessTokenRoles('opaque-token')).toBeUndefined();
    expect(accessTokenRoles('a.!!!not-json.c')).toBeUndefined();
  });
});

describe('withGraphReplicationRetry', () => {
  it('waits out replication, then returns', async () => {
    const answers = [notFound(), denied()];
    const waits: number[] = [];
    const result = await withGraphReplicationRetry(
      async () => {
        const next = answers.shift();
        if (next) throw next;
        return 'ok';
      },
      () => facts({ aboutNewObject: true }),
      { delayMs: 10_000, sleep: async (ms) => void waits.push(ms) },
    );
    expect(result).toBe('ok');
    expect(waits).toEqual([10_000, 10_000]);
  });

  it('fails at once on a missing permission, naming it', async () => {
    let calls = 0;
    const error = await withGraphReplicationRetry(
      async () => {
        calls++;
        throw denied();
      },
      () => facts({ grantedRoles: ['AgentIdentity.Read.All'] }),
      { sleep: async () => {} },
    ).catch((e: unknown) => e);
    expect(calls).toBe(1);
    expect(error).toBeInstanceOf(MissingGraphPermission);
    expect(failureMessage(error)).toMatch(/^403 Authorization_RequestDenied: Microsoft Graph denied POST \/v1\.0\/x: .*application permission AgentIdentity\.CreateAsManager .*its token carries AgentIdentity\.Read\.All/);
  });

  it('is bounded by time', async () => {
    let clock = 0;
    let calls = 0;
    const error = await withGraphReplicationRetry(
      async () => {
        calls++;
        throw notFound();
      },
      () => facts({ aboutNewObject: true }),
      { windowMs: 60_000, delayMs: 25_000, now: () => clock, sleep: async (ms) => void (clock += ms) },
    ).catch((e: unknown) => e);
    expect(calls).toBe(4); // at 0s, 25s, 50s and 60s
    expect(failureMessage(error)).toMatch(/^404 Request_ResourceNotFound: .*still failing after 4 attempts over 60s/);
  });

  it('is bounded by attempts', async () => {
    let calls = 0;
    await expect(
      withGraphReplicationRetry(
        async () => {
          calls++;
          throw denied();
        },
        () => facts(),
        { delayMs: 0, sleep: async () => {} },
      ),
    ).rejects.toThrow(/still failing after/);
    expect(calls).toBe(GRAPH_REPLICATION_MAX_ATTEMPTS);
  });
});
