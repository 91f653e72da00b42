import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { isJobNamed, JobName, QueueName } from '../../queue/queue-names.js';
import { ImportRunnerService } from '../import-runner.service.js';

export interface RunImportPayload {
  importId: string;
}

/**
 * Runs the CSV imports of the `imports` queue, one at a time per worker. A
 * job delivered twice, or retried after a crash, is safe: the runner skips a
 * finished import and resumes an interrupted one after its last committed batch.
 */
@Processor(QueueName.Imports)
export class RunImportJob extends WorkerHost {
  static readonly handles = [JobName.RunImport];
  private readonly logger = new Logger(RunImportJob.name);

  constructor(private readonly runner: ImportRunnerService) {
    super();
  }

  async process(job: Job<RunImportPayload>): Promise<void> {
    if (!isJobNamed(job, JobName.RunImport)) throw new Error(`The imports queue has no handler for job ${job.name}`);
    const started = Date.now();
    const outcome = await this.runner.run(job.data.importId);
    this.logger.log({ jobId: job.id, importId: job.data.importId, outcome, ms: Date.now() - started }, 'Import run ended');
  }
}
