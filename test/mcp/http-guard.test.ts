// The HTTP door's checks: Host and Origin against DNS rebinding, and the bearer token.
import { describe, expect, it } from 'vitest';
import { httpPolicy, isLoopback, refuseRequest } from '../../src/mcp/http-guard.js';

const loopback = httpPolicy('127.0.0.1', 8765, null);
const remote = httpPolicy('10.0.0.5', 8765, 's3cret-token');

describe('refuseRequest', () => {
  it.each([
    ['a loopback call without Origin', { host: '127.0.0.1:8765' }, loopback, null],
    ['localhost by name', { host: 'localhost:8765', origin: 'http://localhost:8765' }, loopback, null],
    ['a page on another site (DNS rebinding)', { host: '127.0.0.1:8765', origin: 'http://evil.example' }, loopback, 403],
    ['a rebound host name', { host: 'evil.example:8765' }, loopback, 403],
    ['another port', { host: '127.0.0.1:9999' }, loopback, 403],
    ['no Host at all', {}, loopback, 403],
    ['beyond loopback without a token', { host: '10.0.0.5:8765' }, remote, 401],
    ['beyond loopback with a wrong token', { host: '10.0.0.5:8765', authorization: 'Bearer nope' }, remote, 401],
    ['beyond loopback with the token', { host: '10.0.0.5:8765', authorization: 'Bearer s3cret-token' }, remote, null],
    ['the token for another host', { host: 'evil.example:8765', authorization: 'Bearer s3cret-token' }, remote, 403],
  ] as const)('%s', (_label, headers, policy, status) => {
    expect(refuseRequest(headers, policy)?.status ?? null).toBe(status);
  });

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '10.0.0.5', 'example.com'].some(isLoopback)).toBe(false);
  });
});
