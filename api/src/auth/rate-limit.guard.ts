import { CanActivate, ExecutionContext, HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config.js';
import { REDIS } from '../redis/redis.module.js';

/** The e-mail a public request is about, so that one account cannot be hammered from many addresses. */
function emailOf(request: Request): string | undefined {
  const body = request.body as { email?: unknown; contactEmail?: unknown } | undefined;
  const email = body?.email ?? body?.contactEmail;
  return typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : undefined;
}

/**
 * Limits the public routes that log in, send e-mails or accept forms: per
 * client address and per e-mail. Counters live in Redis, so every API instance
 * shares them; if Redis is unreachable each instance falls back to counting in memory.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly perIp: RateLimiterRedis;
  private readonly perEmail: RateLimiterRedis;

  constructor(config: AppConfig, @Inject(REDIS) redis: Redis) {
    const duration = config.LOGIN_LIMIT_WINDOW_SECONDS;
    const limiter = (name: string, points: number): RateLimiterRedis =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${config.QUEUE_PREFIX}:rate:${name}`,
        points,
        duration,
        insuranceLimiter: new RateLimiterMemory({ points, duration }),
      });
    this.perIp = limiter('ip', config.LOGIN_LIMIT_PER_IP);
    this.perEmail = limiter('email', config.LOGIN_LIMIT_PER_EMAIL);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const email = emailOf(request);
    try {
      await this.perIp.consume(request.ip ?? 'unknown');
      if (email) await this.perEmail.consume(email);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      http.getResponse<Response>().setHeader('Retry-After', String(seconds));
      throw new HttpException(`Too many attempts; try again in ${seconds} s`, HttpStatus.TOO_MANY_REQUESTS);
    }
    return true;
  }
}
