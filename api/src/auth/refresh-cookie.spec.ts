import { describe, expect, it } from '@jest/globals';
import type { Request } from 'express';
import { loadConfig } from '../config/app-config.js';
import { readRefreshCookie, REFRESH_COOKIE, refreshCookieOptions } from './refresh-cookie.js';

const configWith = (publicUrl?: string) =>
  loadConfig({
    DATABASE_URL: 'postgres://unused',
    REDIS_URL: 'redis://unused',
    JWT_SECRET: 'x'.repeat(32),
    ...(publicUrl ? { PUBLIC_URL: publicUrl } : {}),
  });

const requestWith = (cookies: unknown): Request => ({ cookies }) as unknown as Request;

describe('the refresh cookie', () => {
  it('is http-only, same-site strict and scoped to the auth routes', () => {
    expect(refreshCookieOptions(configWith('https://crm.example.org'))).toMatchObject({
      httpOnly: true,
      sameSite: 'strict',
      path: '/api/auth',
    });
  });

  it('is Secure when the app is served over https, and only then', () => {
    expect(refreshCookieOptions(configWith('https://crm.example.org')).secure).toBe(true);
    expect(refreshCookieOptions(configWith('http://localhost:3000')).secure).toBe(false);
    expect(refreshCookieOptions(configWith()).secure).toBe(false);
  });

  it('expires with its session', () => {
    const expiresAt = new Date('2030-01-01T00:00:00Z');
    expect(refreshCookieOptions(configWith(), expiresAt).expires).toBe(expiresAt);
  });

  it('is read only as an own string property of the parsed cookies', () => {
    expect(readRefreshCookie(requestWith({ [REFRESH_COOKIE]: 'value' }))).toBe('value');
    expect(readRefreshCookie(requestWith({ [REFRESH_COOKIE]: { from: 'a j: cookie' } }))).toBeUndefined();
    expect(readRefreshCookie(requestWith(Object.create({ [REFRESH_COOKIE]: 'inherited' })))).toBeUndefined();
    expect(readRefreshCookie(requestWith(undefined))).toBeUndefined();
  });
});
