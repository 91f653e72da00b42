import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { RecordTestimonyDto } from './record-testimony.dto.js';

/** The public /testify form: the recorded fields and a field only bots fill in. */
export class SubmitTestimonyDto extends RecordTestimonyDto {
  @ApiPropertyOptional({ description: 'Leave empty: the form hides this field from people' })
  @IsOptional()
  @IsString({ message: 'homepage must be text' })
  @MaxLength(2000, { message: 'homepage must be at most 2000 characters long' })
  homepage?: string;
}
