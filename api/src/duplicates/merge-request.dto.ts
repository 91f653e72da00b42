import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** POST /api/<people|organizations>/:id/merge: the record in the path goes, `intoId` stays. */
export class MergeRequestDto {
  @ApiProperty({ format: 'uuid', description: 'The record that is kept; the one in the path is merged into it and deleted' })
  @IsUUID('all', { message: 'intoId must be a UUID' })
  intoId: string;
}
