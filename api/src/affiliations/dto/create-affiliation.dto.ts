import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { DATE } from '../../common/validation-patterns.js';

export class CreateAffiliationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'personId must be a UUID' })
  personId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 120, example: 'Campaign officer' })
  @IsOptional()
  @IsString({ message: 'role must be text' })
  @MaxLength(120, { message: 'role must be at most 120 characters long' })
  role?: string | null;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'isPrimaryContact must be true or false' })
  isPrimaryContact?: boolean;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'since must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'since must be a date (YYYY-MM-DD)' })
  since?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Empty while the affiliation lasts; not before since' })
  @IsOptional()
  @Matches(DATE, { message: 'until must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'until must be a date (YYYY-MM-DD)' })
  until?: string | null;
}
