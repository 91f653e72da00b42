import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags, type SchemaObject } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { Public } from '../auth/access.decorators.js';
import { ErrorResponseDto } from '../common/error-response.dto.js';
import { OutboxHealthService } from '../outbox/outbox-health.service.js';
import { QueueInspectorService } from '../queue/queue-inspector.service.js';
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
    private readonly outbox: OutboxHealthService,
    private readonly queues: QueueInspectorService,
  ) {}

  /** 200 when PostgreSQL and Redis answer, 503 naming the one that does not. */
  @Public()
  @Get()
  // Documented here rather than by terminus, which documents only when it can load the Swagger module itself.
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOkResponse({
    schema: HEALTHY,
    description: 'PostgreSQL and Redis answer; details also hold the outbox backlog (oldest pending row age) and the queue depths',
  })
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
      // Details only: a backlog is reported, never a reason to answer 503 (the outbox keeps everything).
      async () => ({ outbox: { status: 'up' as const, ...(await this.outbox.backlog()) } }),
      async () => {
        const depths = await this.queues.counts().catch(() => null);
        return { queues: { status: 'up' as const, ...(depths ? { depths } : { depths: null, note: 'Redis did not answer' }) } };
      },
    ]);
  }
}
