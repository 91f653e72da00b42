import { ApiProperty } from '@nestjs/swagger';
import { isOverdue, TASK_ORIGINS, TASK_SOURCE_TYPES, TASK_STATUSES, type TaskOrigin, type TaskSourceType, type TaskStatus } from '../task.contract.js';
import type { Task } from '../task.entity.js';

export class TaskResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueOn: string | null;

  @ApiProperty({ enum: TASK_STATUSES })
  status: TaskStatus;

  @ApiProperty({ enum: TASK_ORIGINS })
  origin: TaskOrigin;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  assigneeUserId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  assigneeOrganizationId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  countryId: string | null;

  @ApiProperty({ enum: TASK_SOURCE_TYPES, nullable: true, type: String, description: 'The kind of record the task comes from' })
  sourceType: TaskSourceType | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  sourceId: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completedAt: string | null;

  @ApiProperty({ description: 'Open and past its due date' })
  isOverdue: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export function toTaskResponse(task: Task, today: string): TaskResponseDto {
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    dueOn: task.dueOn,
    status: task.status,
    origin: task.origin,
    assigneeUserId: task.assigneeUserId,
    assigneeOrganizationId: task.assigneeOrganizationId,
    countryId: task.countryId,
    sourceType: task.sourceType,
    sourceId: task.sourceId,
    completedAt: task.completedAt?.toISOString() ?? null,
    isOverdue: isOverdue(task, today),
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  };
}
