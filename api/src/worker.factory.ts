import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { PinoLoggerService } from './logging/pino-logger.service.js';
import type { AppConfig } from './config/app-config.js';
import { JOBS_OF_QUEUE, JobName } from './queue/queue-names.js';
import { JOB_PROCESSORS, WorkerModule } from './worker.module.js';

/** Refuses to start a worker that would leave a declared job without a handler. */
export function assertEveryJobHandled(): void {
  const handled = new Set<JobName>(JOB_PROCESSORS.flatMap((processor) => processor.handles));
  const missing = Object.values(JOBS_OF_QUEUE)
    .flat()
    .filter((job) => !handled.has(job));
  if (missing.length > 0) throw new Error(`No processor handles the job(s): ${missing.join(', ')}`);
}

export async function createWorker(config: AppConfig): Promise<INestApplicationContext> {
  assertEveryJobHandled();
  const logger = PinoLoggerService.create('worker', config.LOG_LEVEL);
  const worker = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger, abortOnError: false });
  worker.enableShutdownHooks();
  return worker;
}
