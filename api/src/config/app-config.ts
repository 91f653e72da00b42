import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value);

const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value);

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `15m`, `8h`, `14d` … in milliseconds; the format is checked at start-up. */
export function durationMs(value: string): number {
  const match = /^(\d+)([smhd])$/.exec(value);
  if (!match?.[1] || !match[2]) throw new ConfigError([`${value} is not a duration like 15m, 8h or 14d`]);
  return Number(match[1]) * (UNIT_MS[match[2]] ?? 0);
}

/**
 * Every environment variable the API and the worker read. Validated once at
 * start-up: a missing or malformed variable stops the process with its name.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'production';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL!: string;

  @IsString()
  @Matches(/^[a-z0-9-]+$/, { message: 'QUEUE_PREFIX may hold lower-case letters, digits and dashes only' })
  QUEUE_PREFIX = 'coalition';

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  JWT_SECRET!: string;

  /** Short on purpose: a session ends for good at its next refresh, an access token only at its expiry. */
  @Matches(/^\d+[smhd]$/, { message: 'JWT_EXPIRES_IN must look like 15m, 8h or 7d' })
  JWT_EXPIRES_IN = '15m';

  /** How long a session lasts without use: each refresh grants this much again. */
  @Matches(/^\d+[smhd]$/, { message: 'REFRESH_TOKEN_TTL must look like 12h, 14d or 30d' })
  REFRESH_TOKEN_TTL = '14d';

  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Coalition CRM <no-reply@localhost>';

  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+[^/]$/, { message: 'PUBLIC_URL must be an http(s) URL without a trailing slash' })
  PUBLIC_URL?: string;

  /** The public ratification map that action packs link to ({mapUrl}); unset: the packs leave "[mapUrl]" for the sender to fill in. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'PUBLIC_MAP_URL must be an http(s) URL' })
  PUBLIC_MAP_URL?: string;

  /** Comma-separated origins allowed to call the API from a browser; unset: the app's own origin (PUBLIC_URL) only. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s,/]+(\s*,\s*https?:\/\/[^\s,/]+)*$/, {
    message: 'CORS_ORIGINS must be a comma-separated list of origins such as https://crm.example.org',
  })
  CORS_ORIGINS?: string;

  /**
   * Which proxies may tell the client's address in X-Forwarded-For (Express's
   * "trust proxy"). Off by default: trusting a header that clients can send
   * themselves would let them dodge every per-address limit.
   */
  @Matches(
    /^(false|true|\d{1,2}|(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?))*)$/i,
    {
      message:
        'TRUST_PROXY must be false, true, a number of proxy hops, or a comma-separated list of loopback, linklocal, uniquelocal, addresses and CIDR ranges',
    },
  )
  TRUST_PROXY = 'false';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  @IsOptional()
  @IsString()
  ADMIN_UI_DIR?: string;

  @Transform(toBoolean)
  @IsBoolean()
  RUN_MIGRATIONS = true;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_LIMIT_PER_IP = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_LIMIT_PER_EMAIL = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_LIMIT_WINDOW_SECONDS = 60;

  /**
   * For this long after a refresh, the cookie it replaced is still traded (for the next one) instead of
   * ending the session: a page reloaded while its refresh was in flight never received the new cookie.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(300)
  REFRESH_REUSE_GRACE_SECONDS = 10;

  /** Wrong passwords an (e-mail, address) pair may try before it has to wait (1 s, then 2 s, 4 s … by default). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_BACKOFF_AFTER_FAILURES = 3;

  /** The first wait of the login backoff; each further failure doubles it. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_BACKOFF_FIRST_WAIT_SECONDS = 1;

  /** The longest wait the login backoff imposes. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_BACKOFF_MAX_SECONDS = 900;

  /** Password-reset e-mails one account receives at most in 24 hours; further requests are accepted and dropped. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RESET_EMAILS_PER_DAY = 5;

  /** Encrypts the users' TOTP secrets at rest; derived from JWT_SECRET when unset. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'TWO_FACTOR_ENCRYPTION_KEY must be at least 32 characters long' })
  TWO_FACTOR_ENCRYPTION_KEY?: string;

  /** Wrong two-factor codes (or passwords to turn it off) a user may send per 15 minutes. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  TWO_FACTOR_MAX_ATTEMPTS = 5;

  /** Mailman 3 Core's REST API, e.g. http://127.0.0.1:8001 (unset: lists on Mailman are not synced yet). */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'MAILMAN_REST_URL must be an http(s) URL' })
  MAILMAN_REST_URL?: string;

  @IsOptional()
  @IsString()
  MAILMAN_REST_USER?: string;

  @IsOptional()
  @IsString()
  MAILMAN_REST_PASSWORD?: string;

  /** The mail domain Mailman creates our lists in. */
  @IsString()
  MAILMAN_MAIL_HOST = 'lists.example.org';

  /** Listmonk's base URL, e.g. http://listmonk:9000 (unset: lists on Listmonk are not synced yet). */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'LISTMONK_URL must be an http(s) URL' })
  LISTMONK_URL?: string;

  @IsOptional()
  @IsString()
  LISTMONK_USER?: string;

  @IsOptional()
  @IsString()
  LISTMONK_TOKEN?: string;

  /** How long one call to a mailing provider may take before it counts as failed (and is retried). */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  MAILING_PROVIDER_TIMEOUT_MS = 10000;

  /** Shared secret of the providers' bounce webhook (HMAC-SHA256); unset: the webhook refuses every notice. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'MAILING_WEBHOOK_SECRET must be at least 16 characters long' })
  MAILING_WEBHOOK_SECRET?: string;

  /** Tries of one sync job before its outbox row is marked failed. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MAILING_SYNC_ATTEMPTS = 10;

  /** First wait before a failed sync is tried again; each further try doubles it. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MAILING_RETRY_DELAY_MS = 2000;

  /** Sync jobs one worker runs at once (each holds a database connection while it talks to the provider). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(32)
  MAILING_SYNC_CONCURRENCY = 4;

  /** After this long undelivered, a relayed mailing change whose job Redis no longer has is queued again. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MAILING_LOST_JOB_SECONDS = 120;

  /** Minutes between incremental reconciles; 0 turns the schedule off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  MAILING_RECONCILE_EVERY_MINUTES = 10;

  /** When the nightly full reconcile runs (cron, UTC); empty: never by itself. */
  @IsString()
  MAILING_FULL_RECONCILE_CRON = '30 2 * * *';

  /** Base URL that links in e-mails point to. */
  get publicUrl(): string {
    return this.PUBLIC_URL ?? `http://localhost:${this.PORT}`;
  }

  /** The origins a browser may call the API from. */
  get corsOrigins(): string[] {
    return this.CORS_ORIGINS ? this.CORS_ORIGINS.split(',').map((origin) => origin.trim()) : [new URL(this.publicUrl).origin];
  }

  /** TRUST_PROXY as Express takes it. */
  get trustProxy(): boolean | number | string[] {
    const text = this.TRUST_PROXY.trim().toLowerCase();
    if (text === 'false' || text === 'true') return text === 'true';
    if (/^\d+$/.test(text)) return Number(text);
    return text.split(',').map((entry) => entry.trim());
  }

  get refreshTokenTtlMs(): number {
    return durationMs(this.REFRESH_TOKEN_TTL);
  }

  /** How many days ahead the daily calendar job looks for reviews, sessions and campaign days. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  TASK_CALENDAR_WINDOW_DAYS = 30;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, string> = {};
  for (const key of [
    ...known,
    'DATABASE_URL',
    'REDIS_URL',
    'JWT_SECRET',
    'SMTP_URL',
    'PUBLIC_URL',
    'CORS_ORIGINS',
    'ADMIN_UI_DIR',
    'TWO_FACTOR_ENCRYPTION_KEY',
    'MAILMAN_REST_URL',
    'MAILMAN_REST_USER',
    'MAILMAN_REST_PASSWORD',
    'LISTMONK_URL',
    'LISTMONK_USER',
    'LISTMONK_TOKEN',
    'MAILING_WEBHOOK_SECRET',
  ]) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw);
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((error) => {
        if (raw[error.property] === undefined) return `${error.property} is required but not set`;
        return Object.values(error.constraints ?? {}).join('; ') || `${error.property} is invalid`;
      }),
    );
  }
  return config;
}
