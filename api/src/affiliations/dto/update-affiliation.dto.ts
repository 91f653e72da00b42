import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const present = (_object: object, value: unknown): boolean => value !== undefined;

/** PUT takes the record back as GET returned it; the names beside the ids are read-only. */
export class UpdateAffiliationDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf(present)
  @IsUUID('all', { message: 'personId must be a UUID' })
  personId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf(present)
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120 })
  @IsOptional()
  @IsString({ message: 'role must be text' })
  @MaxLength(120, { message: 'role must be at most 120 characters long' })
  role?: string | null;

  @ApiPropertyOptional()
  @ValidateIf(present)
  @IsBoolean({ message: 'isPrimaryContact must be true or false' })
  isPrimaryContact?: boolean;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'since must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'since must be a date (YYYY-MM-DD)' })
  since?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'until must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'until must be a date (YYYY-MM-DD)' })
  until?: string | null;

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() personName?: unknown;
  @ReadOnlyField() organizationName?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}
