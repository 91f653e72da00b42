import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags, type SchemaObject } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { Public } from '../auth/access.decorators.js';
import { ErrorResponseDto } from '../common/error-response.dto.js';
import { REDIS } from '../redis/redis.module.js';

const INDICATORS: SchemaObject = {
  type: 'object',
  additionalProperties: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['up', 'down'] } } },
};

const HEALTHY: SchemaObject = {
  type: 'object',
  required: ['status', 'details'],
  properties: { status: { type: 'string', enum: ['ok'] }, info: INDICATORS, error: INDICATORS, details: INDICATORS },
};

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** 200 when PostgreSQL and Redis answer, 503 naming the one that does not. */
  @Public()
  @Get()
  // Documented here rather than by terminus, which documents only when it can load the Swagger module itself.
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOkResponse({ schema: HEALTHY, description: 'PostgreSQL and Redis answer' })
  @ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: 'PostgreSQL or Redis does not answer (the body does not say which)' })
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 3000 }),
      () =>
        this.indicators
          .check('redis')
          .attempt(async () => {
            await this.redis.ping();
          })
          .withTimeout(3000),
    ]);
  }
}
