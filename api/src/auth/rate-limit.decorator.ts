import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { RATE_LIMIT_BUCKET, type RateLimitBucket } from './rate-limit-bucket.js';
import { RateLimitGuard } from './rate-limit.guard.js';

/** Limits a public route by the budget of `bucket` (see RateLimitBucket). */
export const RateLimit = (bucket: RateLimitBucket): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(RATE_LIMIT_BUCKET, bucket),
    UseGuards(RateLimitGuard),
    ApiTooManyRequestsResponse({ description: 'Too many requests from this address or for this e-mail; see Retry-After' }),
  );
