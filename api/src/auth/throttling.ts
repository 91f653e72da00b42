import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type { Request } from 'express';
import type { AppConfig } from '../config/app-config.js';

/** The e-mail a request is about, so that one account cannot be hammered from many addresses. */
function emailOf(request: Record<string, unknown>): string {
  const body = (request as unknown as Request).body as { email?: unknown } | undefined;
  const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
  return email || `ip:${(request as unknown as Request).ip}`;
}

/**
 * Two limits on the public routes that use ThrottlerGuard (login, password
 * links, public forms): one per client address and one per e-mail.
 */
export function throttlerOptions(config: AppConfig): ThrottlerModuleOptions {
  const ttl = config.LOGIN_LIMIT_WINDOW_SECONDS * 1000;
  return {
    throttlers: [
      { name: 'per-ip', ttl, limit: config.LOGIN_LIMIT_PER_IP },
      { name: 'per-email', ttl, limit: config.LOGIN_LIMIT_PER_EMAIL, getTracker: (request) => emailOf(request) },
    ],
    errorMessage: 'Too many attempts; wait a minute and try again',
  };
}
