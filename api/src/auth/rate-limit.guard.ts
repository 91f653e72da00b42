import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config.js';
import { REDIS } from '../redis/redis.module.js';
import { RATE_LIMIT_BUCKET, type RateLimitBucket } from './rate-limit-bucket.js';
import { tooManyAttempts } from '../common/domain.exception.js';

/** The e-mail a public request is about, so that one account cannot be hammered from many addresses. */
function emailOf(request: Request): string | undefined {
  const body = request.body as { email?: unknown; contactEmail?: unknown } | undefined;
  const email = body?.email ?? body?.contactEmail;
  return typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : undefined;
}

/**
 * Limits the public routes that log in, send e-mails, accept forms or serve
 * public data: per client address and, where the body names one, per e-mail.
 * Each bucket (see RateLimit) counts apart. Counters live in Redis, so every
 * API instance shares them; if Redis is unreachable each instance falls back
 * to counting in memory.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limiters: Record<RateLimitBucket, { perIp: RateLimiterRedis; perEmail?: RateLimiterRedis }>;

  constructor(
    config: AppConfig,
    @Inject(REDIS) redis: Redis,
    private readonly reflector: Reflector,
  ) {
    const duration = config.LOGIN_LIMIT_WINDOW_SECONDS;
    const limiter = (name: string, points: number): RateLimiterRedis =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${config.QUEUE_PREFIX}:rate:${name}`,
        points,
        duration,
        insuranceLimiter: new RateLimiterMemory({ points, duration }),
      });
    const signInPerIp = limiter('sign-in:ip', config.LOGIN_LIMIT_PER_IP);
    this.limiters = {
      login: { perIp: signInPerIp },
      'sign-in': { perIp: signInPerIp, perEmail: limiter('sign-in:email', config.LOGIN_LIMIT_PER_EMAIL) },
      session: { perIp: limiter('session:ip', config.LOGIN_LIMIT_PER_IP * 10) },
      form: { perIp: limiter('form:ip', config.LOGIN_LIMIT_PER_IP), perEmail: limiter('form:email', config.LOGIN_LIMIT_PER_EMAIL) },
      read: { perIp: limiter('read:ip', config.LOGIN_LIMIT_PER_IP * 10) },
    };
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const bucket = this.reflector.getAllAndOverride<RateLimitBucket | undefined>(RATE_LIMIT_BUCKET, [context.getHandler(), context.getClass()]) ?? 'sign-in';
    const { perIp, perEmail } = this.limiters[bucket];
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const email = emailOf(request);
    try {
      await perIp.consume(request.ip ?? 'unknown');
      if (email && perEmail) await perEmail.consume(email);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw tooManyAttempts(seconds);
    }
    return true;
  }
}
