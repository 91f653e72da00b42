import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata, UseInterceptors } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { catchError, map, throwError, type Observable } from 'rxjs';
import { DomainException } from '../common/domain.exception.js';
import { AppConfig } from '../config/app-config.js';
import { IssuedSession } from './issued-session.js';
import { REFRESH_COOKIE, refreshCookieOptions } from './refresh-cookie.js';

/**
 * - open: the route signs someone in; its IssuedSession sets the cookie.
 * - rotate: the route trades the cookie; a refusal (401) also clears it.
 * - close: the route ends the session; the cookie is cleared whatever happens.
 */
export type SessionCookieMode = 'open' | 'rotate' | 'close';

const SESSION_COOKIE_MODE = 'auth:session-cookie';

/**
 * Keeps the refresh cookie in step with the route's result, so that services
 * return plain values and every route that signs someone in (login,
 * invitation, reset, password change, a second factor) sets it the same way.
 */
@Injectable()
export class SessionCookieInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const mode = this.reflector.get<SessionCookieMode | undefined>(SESSION_COOKIE_MODE, context.getHandler()) ?? 'open';
    const response = context.switchToHttp().getResponse<Response>();
    const clear = (): void => {
      if (!response.headersSent) response.clearCookie(REFRESH_COOKIE, refreshCookieOptions(this.config));
    };
    return next.handle().pipe(
      map((result: unknown) => {
        if (result instanceof IssuedSession) {
          response.cookie(REFRESH_COOKIE, result.refreshToken, refreshCookieOptions(this.config, result.refreshExpiresAt));
          return result.body;
        }
        if (mode === 'close') clear();
        return result;
      }),
      catchError((error: unknown) => {
        const refused = error instanceof DomainException && error.kind === 'unauthorized';
        if (mode === 'close' || (mode === 'rotate' && refused)) clear();
        return throwError(() => error);
      }),
    );
  }
}

/** Declares how a route treats the refresh cookie (see SessionCookieMode). */
export const SessionCookie = (mode: SessionCookieMode): MethodDecorator =>
  applyDecorators(SetMetadata(SESSION_COOKIE_MODE, mode), UseInterceptors(SessionCookieInterceptor));
