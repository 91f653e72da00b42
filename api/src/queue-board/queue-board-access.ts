import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { NextFunction, Request, Response } from 'express';
import { accessClaimsOf, bearerTokenOf } from '../auth/access-token.js';
import { AppConfig } from '../config/app-config.js';

export const QUEUE_BOARD_COOKIE = 'queue_board';
export const QUEUE_BOARD_TTL_SECONDS = 600;
const AUDIENCE = 'queue-board';

/** Who may open the queues dashboard: an administrator, by the dashboard's cookie or a bearer token. */
@Injectable()
export class QueueBoardAccess {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  /** The dashboard cookie's value for an administrator. */
  issue(userId: string): string {
    return this.jwt.sign({ sub: userId, role: 'admin' }, { audience: AUDIENCE, expiresIn: QUEUE_BOARD_TTL_SECONDS });
  }

  async guard(request: Request, response: Response, next: NextFunction): Promise<void> {
    const role = await this.roleOf(request);
    if (role === 'admin') return next();
    response.setHeader('Cache-Control', 'no-store');
    if (role === undefined) response.status(401).json({ statusCode: 401, message: 'Sign in as an administrator to open the queues dashboard' });
    else response.status(403).json({ statusCode: 403, message: 'The queues dashboard is for administrators' });
  }

  private async roleOf(request: Request): Promise<string | undefined> {
    const cookies: Record<string, unknown> = (request as Request & { cookies?: Record<string, unknown> }).cookies ?? {};
    const cookie: unknown = Object.hasOwn(cookies, QUEUE_BOARD_COOKIE) ? cookies[QUEUE_BOARD_COOKIE] : undefined;
    if (typeof cookie === 'string' && cookie.length < 4096) {
      const claims = await this.jwt.verifyAsync<{ role?: unknown }>(cookie, { audience: AUDIENCE, algorithms: ['HS256'] }).catch(() => undefined);
      if (claims?.role === 'admin') return 'admin';
    }
    const bearer = bearerTokenOf(request.headers.authorization);
    if (!bearer) return undefined;
    const payload: unknown = await this.jwt
      .verifyAsync(bearer, { secret: Buffer.from(this.config.JWT_SECRET, 'utf8'), algorithms: ['HS256'] })
      .catch(() => undefined);
    return accessClaimsOf(payload)?.role;
  }
}
