import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IMPORT_RESOURCES, type ImportResource } from '../import.contract.js';

/** The text fields of the multipart upload; the CSV itself is the `file` part. */
export class CreateImportDto {
  @ApiProperty({ enum: IMPORT_RESOURCES })
  @IsIn(IMPORT_RESOURCES, { message: `resource must be one of: ${IMPORT_RESOURCES.join(', ')}` })
  resource: ImportResource;

  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'true: check every row and count, write nothing' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'dryRun must be true or false' })
  dryRun?: 'true' | 'false';
}
