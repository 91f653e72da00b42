import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CookieOptions, Request } from 'express';
import type { AppConfig } from '../config/app-config.js';

export const REFRESH_COOKIE = 'coalition_refresh';
/** Sent back only to the routes that read or end it, never with ordinary API calls. */
export const REFRESH_COOKIE_PATH = '/api/auth';

/**
 * http-only (scripts never see it), SameSite=Strict (no other site can make
 * the browser send it), Secure whenever the app is served over https.
 */
export function refreshCookieOptions(config: AppConfig, expiresAt?: Date): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.publicUrl.startsWith('https://'),
    path: REFRESH_COOKIE_PATH,
    ...(expiresAt ? { expires: expiresAt } : {}),
  };
}

/** The refresh cookie as sent, or undefined; its content is checked by whoever uses it. */
export function readRefreshCookie(request: Request): string | undefined {
  const cookies: unknown = request.cookies;
  if (typeof cookies !== 'object' || cookies === null || !Object.hasOwn(cookies, REFRESH_COOKIE)) return undefined;
  // cookie-parser turns `j:`-prefixed values into objects: only a string can be a token.
  const value: unknown = (cookies as Record<string, unknown>)[REFRESH_COOKIE];
  return typeof value === 'string' ? value : undefined;
}

/** Injects readRefreshCookie(request) into a route handler. */
export const RefreshCookieValue = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined =>
  readRefreshCookie(context.switchToHttp().getRequest<Request>()),
);
