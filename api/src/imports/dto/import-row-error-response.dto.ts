import { ApiProperty } from '@nestjs/swagger';
import { PARAMS_SCHEMA } from '../../common/error-response.dto.js';
import { IMPORT_ROW_ERROR_CODES, type ImportProblemParams, type ImportRowErrorCode } from '../import.contract.js';
import type { ImportRowError } from '../import-row-error.entity.js';

export class ImportRowErrorResponseDto {
  @ApiProperty({ description: 'The error line (a number, sent as text)' })
  id: string;

  @ApiProperty({ description: 'The row of the file, counting the header as row 1 as spreadsheets do' })
  rowNumber: number;

  @ApiProperty({ description: 'The column at fault ("row" when the row as a whole is)' })
  field: string;

  @ApiProperty({
    enum: [...IMPORT_ROW_ERROR_CODES, null],
    nullable: true,
    description: 'Stable code of the problem, which clients word in their language; null in reports written before codes were kept',
    example: 'not_email',
  })
  code: ImportRowErrorCode | null;

  @ApiProperty({
    ...PARAMS_SCHEMA,
    description: 'The values the problem names (the cell as written, a count, another row), by the names its code gives them',
    example: { value: 'carla@' },
  })
  params: ImportProblemParams;

  @ApiProperty({ description: 'The problem in English', example: 'email "carla@" is not an e-mail address' })
  message: string;
}

export function toImportRowErrorResponse(error: ImportRowError): ImportRowErrorResponseDto {
  return { id: String(error.id), rowNumber: error.rowNumber, field: error.field, code: error.code, params: error.params ?? {}, message: error.message };
}
