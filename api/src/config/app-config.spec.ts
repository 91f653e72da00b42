import { describe, expect, it } from '@jest/globals';
import { durationMs, loadConfig } from './app-config.js';

const required = { DATABASE_URL: 'postgres://unused', REDIS_URL: 'redis://unused', JWT_SECRET: 'x'.repeat(32) };

describe('session and sign-in settings', () => {
  it('reads durations in seconds, minutes, hours and days', () => {
    expect([durationMs('30s'), durationMs('15m'), durationMs('8h'), durationMs('14d')]).toEqual([30_000, 900_000, 28_800_000, 1_209_600_000]);
  });

  it('keeps access tokens short and sessions two weeks by default', () => {
    const config = loadConfig(required);
    expect(config.JWT_EXPIRES_IN).toBe('15m');
    expect(config.refreshTokenTtlMs).toBe(14 * 86_400_000);
  });

  it('lets three wrong passwords through before a wait of 1 s that doubles up to 15 minutes, by default', () => {
    const config = loadConfig(required);
    expect([config.LOGIN_BACKOFF_AFTER_FAILURES, config.LOGIN_BACKOFF_FIRST_WAIT_SECONDS, config.LOGIN_BACKOFF_MAX_SECONDS]).toEqual([3, 1, 900]);
    expect(config.RESET_EMAILS_PER_DAY).toBe(5);
  });

  it('stops at start-up on a malformed REFRESH_TOKEN_TTL, naming it', () => {
    expect(() => loadConfig({ ...required, REFRESH_TOKEN_TTL: 'two weeks' })).toThrow(/REFRESH_TOKEN_TTL/);
  });
});
