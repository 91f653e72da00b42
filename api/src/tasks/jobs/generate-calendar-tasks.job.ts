import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { AppConfig } from '../../config/app-config.js';
import { isJobNamed, JobName, QueueName } from '../../queue/queue-names.js';
import { TaskCalendarService } from '../task-calendar.service.js';

/** The one scheduler of the calendar job: upserting it again at each start replaces it, never adds a second. */
export const CALENDAR_SCHEDULER_ID = 'daily-calendar-tasks';

/** Every day at 03:00 UTC, before the secretariat's working day in every region it covers. */
export const CALENDAR_PATTERN = '0 3 * * *';

/**
 * The daily calendar job (see TaskCalendarService). The worker registers it
 * as a BullMQ job scheduler when it starts; a restart, or several workers,
 * keep one scheduler, and a run repeated the same day adds nothing.
 */
@Processor(QueueName.Tasks)
export class GenerateCalendarTasksJob extends WorkerHost implements OnApplicationBootstrap {
  static readonly handles = [JobName.GenerateCalendarTasks];
  private readonly logger = new Logger(GenerateCalendarTasksJob.name);

  constructor(
    private readonly calendar: TaskCalendarService,
    private readonly config: AppConfig,
    @InjectQueue(QueueName.Tasks) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      CALENDAR_SCHEDULER_ID,
      { pattern: CALENDAR_PATTERN, tz: 'UTC' },
      {
        name: JobName.GenerateCalendarTasks,
        data: {},
        opts: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: 100, removeOnFail: 100 },
      },
    );
  }

  async process(job: Job): Promise<void> {
    if (!isJobNamed(job, JobName.GenerateCalendarTasks)) throw new Error(`The tasks queue has no handler for job ${job.name}`);
    const day = new Date().toISOString().slice(0, 10);
    const outcome = await this.calendar.run(day, this.config.TASK_CALENDAR_WINDOW_DAYS);
    this.logger.log({ jobId: job.id, day, windowDays: this.config.TASK_CALENDAR_WINDOW_DAYS, ...outcome }, 'Calendar tasks generated');
  }
}
