/** Every queue and job name in one place; the worker refuses to start if one has no handler. */
export enum QueueName {
  Email = 'email',
  Imports = 'imports',
  Accounts = 'accounts',
  Tasks = 'tasks',
  MailingSync = 'mailing-sync',
  MailingReconcile = 'mailing-reconcile',
}

export enum JobName {
  SendEmail = 'send-email',
  RunImport = 'run-import',
  RequestPasswordReset = 'request-password-reset',
  GenerateCalendarTasks = 'generate-calendar-tasks',
  SyncPerson = 'sync-person',
  ReconcileMailing = 'reconcile-mailing',
}

/** Whether a job taken from a queue bears this name (BullMQ types a job's name as any string). */
export function isJobNamed(job: { name: string }, name: JobName): boolean {
  const expected: string = name;
  return job.name === expected;
}

export const JOBS_OF_QUEUE: Record<QueueName, JobName[]> = {
  [QueueName.Email]: [JobName.SendEmail],
  [QueueName.Imports]: [JobName.RunImport],
  [QueueName.Accounts]: [JobName.RequestPasswordReset],
  [QueueName.Tasks]: [JobName.GenerateCalendarTasks],
  [QueueName.MailingSync]: [JobName.SyncPerson],
  [QueueName.MailingReconcile]: [JobName.ReconcileMailing],
};

/** Retries with exponential backoff: 1 s, 2 s, 4 s … over about an hour in all. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 12,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;
