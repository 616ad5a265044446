import { describe, expect, it } from 'vitest';
import { redactText, type RedactionCounts } from '../src/dataset';

describe('redaction', () => {
  const cases: [string, string, string][] = [
    ['email', 'write to jane.doe+ops@contoso.co.uk today', 'write to [REDACTED_EMAIL] today'],
    ['phone with +', 'call +1 425 555 0100 now', 'call [REDACTED_PHONE] now'],
    ['phone with parentheses', 'call (425) 555-0100', 'call [REDACTED_PHONE]'],
    ['jwt', 'token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdEFGHijkl end', 'token [REDACTED_TOKEN] end'],
    ['bearer', 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345', 'Authorization: Bearer [REDACTED_TOKEN]'],
    ['openai key', 'key sk-proj-abcdefghijklmnopqrstuvwxyz123456', 'key [REDACTED_KEY]'],
    ['github token', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789', '[REDACTED_KEY]'],
    ['aws key', 'AKIAIOSFODNN7EXAMPLE', '[REDACTED_KEY]'],
    ['connection string', 'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=abc123+/xyz==;EndpointSuffix=core', 'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=[REDACTED_SECRET];EndpointSuffix=core'],
    ['password assignment', 'password: "hunter2hunter2"', 'password: "[REDACTED_SECRET]"'],
    ['private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----', '[REDACTED_PRIVATE_KEY]'],
  ];
  for (const [name, input, expected] of cases) {
    it(`replaces ${name} with a typed placeholder`, () => {
      expect(redactText(input)).toBe(expected);
    });
  }

  it('leaves dates, versions, addresses and ids alone', () => {
    const text = 'On 2026-01-15 we moved node 1.32.2 to 10.0.0.12, episode ep-3f2a9c, port 8080, 3 replicas';
    expect(redactText(text)).toBe(text);
  });

  it('counts what it replaced by kind', () => {
    const counts: RedactionCounts = {};
    redactText('a@b.io and c@d.io, +44 20 7946 0958', counts);
    expect(counts).toEqual({ EMAIL: 2, PHONE: 1 });
  });
});
