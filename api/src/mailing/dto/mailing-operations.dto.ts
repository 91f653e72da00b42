import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IfSent } from '../../common/field-presence.js';
import {
  MAILING_PROVIDER_KINDS,
  RECONCILE_MODES,
  RECONCILE_STATUSES,
  type MailingProviderKind,
  type ReconcileMode,
  type ReconcileStatus,
} from '../mailing.contract.js';
import type { ReconcileRun } from '../reconcile-run.entity.js';

export class StartReconcileDto {
  @ApiPropertyOptional({ enum: RECONCILE_MODES, default: 'full' })
  @IfSent()
  @IsIn(RECONCILE_MODES, { message: `mode must be one of: ${RECONCILE_MODES.join(', ')}` })
  mode?: ReconcileMode;
}

export class ReconcileRunDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: RECONCILE_MODES }) mode: ReconcileMode;
  @ApiProperty({ enum: RECONCILE_STATUSES }) status: ReconcileStatus;
  @ApiProperty({ description: 'Provider members looked at so far' }) processed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Subscriptions on the lists walked, as the expected total' }) total: number | null;
  @ApiProperty({ description: '0 to 100' }) percent: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'What the run changed, by kind' }) changes: Record<string, number>;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
}

export class SyncStatusDto {
  @ApiProperty({ enum: MAILING_PROVIDER_KINDS, isArray: true, description: 'Providers whose address this server knows' })
  configuredProviders: MailingProviderKind[];
  @ApiProperty({ description: 'Outbox rows of the mailing sync not delivered yet (failed ones excluded)' }) pending: number;
  @ApiProperty({ description: 'Outbox rows of the mailing sync given up, until retried' }) failed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Age in seconds of the oldest pending row' }) oldestPendingSeconds: number | null;
  @ApiProperty({ type: ReconcileRunDto, nullable: true }) lastReconcile: ReconcileRunDto | null;
}

export class FailedChangeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) personId: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) failedAt: string | null;
}

export class RetryResultDto {
  @ApiProperty({ description: 'People whose changes were queued again' }) requeued: number;
}

export function toReconcileRunDto(run: ReconcileRun, percent: number): ReconcileRunDto {
  return {
    id: run.id,
    mode: run.mode,
    status: run.status,
    processed: run.processed,
    total: run.total,
    percent,
    changes: run.changes,
    error: run.error,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}
