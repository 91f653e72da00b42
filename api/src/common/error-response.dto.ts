import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FIELD_ERROR_CODES, GENERAL_ERROR_CODES, RULE_ERROR_CODES, type ErrorCode, type ErrorParams } from './error-code.contract.js';

/** The schema of an error's parameters: names, counts and values its words name. */
export const PARAMS_SCHEMA = {
  type: 'object' as const,
  additionalProperties: { oneOf: [{ type: 'string' as const }, { type: 'number' as const }] },
};

/** One invalid field of a body. */
export class FieldErrorDto {
  @ApiProperty({ description: 'The field, as a path in the body', example: 'email' })
  field: string;

  @ApiProperty({ enum: FIELD_ERROR_CODES, description: 'Stable code of the failure, for clients that word it themselves', example: 'not_email' })
  code: (typeof FIELD_ERROR_CODES)[number];

  @ApiPropertyOptional({ ...PARAMS_SCHEMA, description: 'Values the failure depends on (e.g. `limit` of a length)', example: { limit: 200 } })
  params?: ErrorParams;

  @ApiProperty({ description: 'The failure in English', example: 'email must be an email' })
  message: string;
}

/** The body of every error answer, as AllExceptionsFilter writes it. */
export class ErrorResponseDto {
  @ApiProperty({ type: 'integer', example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request', description: 'The reason phrase of the status code' })
  error: string;

  @ApiProperty({
    enum: [...GENERAL_ERROR_CODES, ...RULE_ERROR_CODES],
    description: 'Stable code of what went wrong, which clients translate; the `message` is its English wording and may change',
    example: 'email_taken',
  })
  code: ErrorCode;

  @ApiPropertyOptional({
    ...PARAMS_SCHEMA,
    description: 'The values the message names (names, e-mails, statuses), never a record id',
    example: { name: 'Diego Torres Mamani', email: 'diego@example.org' },
  })
  params?: ErrorParams;

  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    description: 'What went wrong: one text, or one text per invalid field of the body',
    example: 'sort field "secret" is not allowed; use one of: name, createdAt',
  })
  message: string | string[];

  @ApiPropertyOptional({ description: 'The input at fault: a body field, or a query parameter such as `sort` or `filter.q`', example: 'sort' })
  field?: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'For `validation_failed`: each invalid field with its code' })
  errors?: FieldErrorDto[];
}
