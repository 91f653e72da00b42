import { IsEmailAddress } from '../../common/email-address.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsNewPassword } from '../../auth/password-policy/password-shape.decorator.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../auth/password-policy/password-rules.contract.js';
import { USER_ROLES, type UserRole } from '../user-role.contract.js';

export class CreateUserDto {
  @ApiProperty({ example: 'someone@example.org' })
  @IsEmailAddress()
  email: string;

  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES, { message: `role must be one of: ${USER_ROLES.join(', ')}` })
  role: UserRole;

  @ApiPropertyOptional({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Leave out to send an invitation e-mail instead. Refused when easy to guess or made of the e-mail or name.',
  })
  @IsOptional()
  @IsNewPassword()
  password?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be a UUID' })
  personId?: string | null;
}
