import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GENERAL_ERROR_CODES, RULE_ERROR_CODES, type ErrorCode, type ErrorParams } from '../../common/error-code.contract.js';

export const BULK_OUTCOMES = ['changed', 'unchanged', 'refused', 'not_found'] as const;
export type BulkOutcome = (typeof BULK_OUTCOMES)[number];

/** What became of one selected organization. */
export class OrganizationBulkRowDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, nullable: true, description: 'Its name; null when there is no such organization' })
  name: string | null;

  @ApiProperty({ enum: BULK_OUTCOMES })
  outcome: BulkOutcome;

  @ApiPropertyOptional({
    enum: [...GENERAL_ERROR_CODES, ...RULE_ERROR_CODES],
    description: 'Why it was refused: the stable code of the rule, as error answers carry it',
  })
  code?: ErrorCode;

  @ApiPropertyOptional({ description: 'Why it was refused, in English' })
  message?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description: 'The values the reason names',
  })
  params?: ErrorParams;
}

/** One result per selected organization, in the order sent; each row was changed (or not) in its own transaction. */
export class OrganizationBulkResponseDto {
  @ApiProperty({ type: [OrganizationBulkRowDto] })
  results: OrganizationBulkRowDto[];
}
