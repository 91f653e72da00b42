import { IsEmailAddress } from '../../common/email-address.js';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsUUID, ValidateIf } from 'class-validator';
import { IfSent } from '../../common/field-presence.js';
import { IsNewPassword } from '../../auth/password-policy/password-shape.decorator.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../auth/password-policy/password-rules.contract.js';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { USER_ROLES, type UserRole } from '../user-role.contract.js';

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

  @ApiPropertyOptional({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: 'Sets a new password (the password policy applies)' })
  @IfSent()
  @IsNewPassword()
  password?: string;

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
  @ReadOnlyField() lastLoginAt?: unknown;
}
