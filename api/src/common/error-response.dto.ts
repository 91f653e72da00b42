import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The body of every error answer, as AllExceptionsFilter writes it. */
export class ErrorResponseDto {
  @ApiProperty({ type: 'integer', example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request', description: 'The reason phrase of the status code' })
  error: string;

  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    description: 'What went wrong: one text, or one text per invalid field of the body',
    example: 'sort field "secret" is not allowed; use one of: name, createdAt',
  })
  message: string | string[];

  @ApiPropertyOptional({ description: 'The input at fault: a body field, or a query parameter such as `sort` or `filter.q`', example: 'sort' })
  field?: string;
}
