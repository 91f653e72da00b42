import { ApiProperty } from '@nestjs/swagger';
import type { ImportRowError } from '../import-row-error.entity.js';

export class ImportRowErrorResponseDto {
  @ApiProperty({ description: 'The error line (a number, sent as text)' })
  id: string;

  @ApiProperty({ description: 'The row of the file, counting the header as row 1 as spreadsheets do' })
  rowNumber: number;

  @ApiProperty({ description: 'The column at fault ("row" when the row as a whole is)' })
  field: string;

  @ApiProperty()
  message: string;
}

export function toImportRowErrorResponse(error: ImportRowError): ImportRowErrorResponseDto {
  return { id: String(error.id), rowNumber: error.rowNumber, field: error.field, message: error.message };
}
