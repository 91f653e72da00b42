import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { tooManyAttempts } from '../common/domain.exception.js';
import { AppConfig } from '../config/app-config.js';
import { REDIS } from '../redis/redis.module.js';

/** A pair's failures are forgotten a day after its last attempt. */
const MEMORY_MS = 86_400_000;

/**
 * Atomically: refuse while the pair must wait (returns the milliseconds left),
 * else count this attempt and, from the free allowance on, set the next wait
 * to the first wait, then twice, four times … as long, up to the cap. The
 * attempt is counted before the password is checked, so parallel guesses
 * cannot slip through one window; a success deletes the key. Redis's own
 * clock keeps API instances in step.
 *
 * KEYS[1] the pair's key; ARGV: free failures, first wait (ms), cap (ms), memory (ms).
 */
const ATTEMPT_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local waitUntil = tonumber(redis.call('HGET', KEYS[1], 'until') or '0')
if now < waitUntil then return waitUntil - now end
local attempts = redis.call('HINCRBY', KEYS[1], 'attempts', 1)
local free = tonumber(ARGV[1])
if attempts >= free then
  local wait = math.floor(math.min(tonumber(ARGV[3]), tonumber(ARGV[2]) * 2 ^ (attempts - free)))
  redis.call('HSET', KEYS[1], 'until', now + wait)
end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 0
`;

/** The e-mail as typed, in the one form the key is built from. */
export const normaliseTypedEmail = (email: string): string => email.trim().toLowerCase();

/**
 * Slows down password guessing per (e-mail, client address) pair with an
 * exponential wait. Nothing is counted per account: whatever one address
 * does, the owner signing in from another address is never held up, and the
 * key is the same whether the account exists or not, so known and unknown
 * e-mails get the same answers. The per-address limit (RateLimitGuard) still
 * bounds how many e-mails one address may try.
 */
@Injectable()
export class LoginThrottleService {
  private readonly logger = new Logger(LoginThrottleService.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  /** Counts an attempt for the pair, or throws `throttled` (429 with Retry-After) while it must wait. */
  async attempt(email: string, address: string): Promise<void> {
    let waitMs: number;
    try {
      waitMs = Number(
        await this.redis.eval(
          ATTEMPT_SCRIPT,
          1,
          this.key(email, address),
          this.config.LOGIN_BACKOFF_AFTER_FAILURES,
          this.config.LOGIN_BACKOFF_FIRST_WAIT_SECONDS * 1000,
          this.config.LOGIN_BACKOFF_MAX_SECONDS * 1000,
          MEMORY_MS,
        ),
      );
    } catch (error) {
      // Without Redis, sign-in stays possible: the per-address limit, which falls back to memory, still bounds guessing.
      this.logger.warn({ err: error }, 'Login backoff unavailable (Redis); relying on the per-address limit');
      return;
    }
    if (waitMs > 0) throw tooManyAttempts(Math.ceil(waitMs / 1000));
  }

  /** Forgets the pair's failures after a successful sign-in. */
  async succeeded(email: string, address: string): Promise<void> {
    await this.redis.del(this.key(email, address)).catch((error: unknown) => {
      this.logger.warn({ err: error }, 'Could not clear a login backoff counter');
    });
  }

  /** Hashed, so that Redis holds no list of the e-mails people typed. */
  private key(email: string, address: string): string {
    const pair = createHash('sha256')
      .update(`${normaliseTypedEmail(email)}\n${address}`)
      .digest('hex');
    return `${this.config.QUEUE_PREFIX}:login-backoff:${pair}`;
  }
}
