import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainException } from '../../common/domain.exception.js';
import { AppConfig } from '../../config/app-config.js';
import { REDIS } from '../../redis/redis.module.js';

const WINDOW_SECONDS = 15 * 60;

/**
 * Counts a user's wrong second factors (codes at sign-in, passwords to turn
 * it off), whatever challenge or session they come from: six digits do not
 * survive unlimited guessing. Once the budget is spent, even a right code
 * waits for the window to pass. Counters live in Redis, shared by every API
 * instance, with an in-memory fallback.
 */
@Injectable()
export class TwoFactorAttemptsService {
  private readonly limiter: RateLimiterRedis;

  constructor(config: AppConfig, @Inject(REDIS) redis: Redis) {
    const points = config.TWO_FACTOR_MAX_ATTEMPTS;
    this.limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.QUEUE_PREFIX}:rate:two-factor`,
      points,
      duration: WINDOW_SECONDS,
      insuranceLimiter: new RateLimiterMemory({ points, duration: WINDOW_SECONDS }),
    });
  }

  async assertAllowed(userId: string): Promise<void> {
    const state = await this.limiter.get(userId);
    if (state && state.remainingPoints <= 0) throw this.throttled(state);
  }

  async recordFailure(userId: string): Promise<void> {
    try {
      await this.limiter.consume(userId);
    } catch (rejection: unknown) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    }
  }

  /** After an admin's reset: the user starts afresh. */
  async clear(userId: string): Promise<void> {
    await this.limiter.delete(userId);
  }

  private throttled(state: RateLimiterRes): DomainException {
    const minutes = Math.max(1, Math.ceil(state.msBeforeNext / 60_000));
    return new DomainException('too_many_codes', { minutes }, `Too many wrong codes; try again in ${minutes} min`, 'code');
  }
}
