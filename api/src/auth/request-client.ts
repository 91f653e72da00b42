import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { SessionClient } from '../sessions/sessions.service.js';

// Control characters have no business in a stored user agent (and PostgreSQL refuses NUL).
const CONTROL = /\p{Cc}/gu;

/** The client address and user agent of a request, bounded to what the session row stores. */
export function clientOf(request: Request): SessionClient {
  const agent = request.headers['user-agent'];
  return {
    ip: request.ip ? request.ip.slice(0, 64) : null,
    userAgent: typeof agent === 'string' && agent !== '' ? agent.replace(CONTROL, '').slice(0, 512) : null,
  };
}

/** Injects clientOf(request) into a route handler. */
export const RequestClient = createParamDecorator((_data: unknown, context: ExecutionContext): SessionClient =>
  clientOf(context.switchToHttp().getRequest<Request>()),
);
