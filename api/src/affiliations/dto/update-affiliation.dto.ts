import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IfSent } from '../../common/field-presence.js';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { DATE } from '../../common/validation-patterns.js';

/** PUT takes the record back as GET returned it; the names beside the ids are read-only. */
export class UpdateAffiliationDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IfSent()
  @IsUUID('all', { message: 'personId must be a UUID' })
  personId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IfSent()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120 })
  @IsOptional()
  @IsString({ message: 'role must be text' })
  @MaxLength(120, { message: 'role must be at most 120 characters long' })
  role?: string | null;

  @ApiPropertyOptional()
  @IfSent()
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
