import { IsEmailAddress } from '../../common/email-address.js';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { IfSent } from '../../common/field-presence.js';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { USER_ROLES, type UserRole } from '../user-role.js';

/** PUT /api/users/:id takes the record back as GET returned it; read-only fields are ignored. */
export class UpdateUserDto {
  @ApiPropertyOptional()
  @IfSent()
  @IsEmailAddress()
  email?: string;

  @ApiPropertyOptional({ enum: USER_ROLES })
  @IfSent()
  @IsIn(USER_ROLES, { message: `role must be one of: ${USER_ROLES.join(', ')}` })
  role?: UserRole;

  @ApiPropertyOptional()
  @IfSent()
  @IsBoolean({ message: 'isActive must be true or false' })
  isActive?: boolean;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'null unlocks the account' })
  @ValidateIf((_object, value) => value !== null && value !== undefined)
  @IsISO8601({}, { message: 'lockedUntil must be a date-time or null' })
  lockedUntil?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @ValidateIf((_object, value) => value !== null && value !== undefined)
  @IsUUID('all', { message: 'personId must be a UUID or null' })
  personId?: string | null;

  @ApiPropertyOptional({ minLength: 12, description: 'Sets a new password' })
  @IfSent()
  @IsString({ message: 'password must be text' })
  @MinLength(12, { message: 'password must be at least 12 characters long' })
  @MaxLength(1024)
  password?: string;

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
  @ReadOnlyField() lastLoginAt?: unknown;
}
