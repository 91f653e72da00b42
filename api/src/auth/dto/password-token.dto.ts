import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsNewPassword } from '../password-policy/password-shape.decorator.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password-policy/password-rules.contract.js';

/** Accepting an invitation and resetting a password both trade a one-time token for a new password. */
export class PasswordTokenDto {
  @ApiProperty({ description: 'The token from the e-mailed link' })
  @IsString()
  @Length(43, 43, { message: 'token is not a valid link token' })
  token: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: 'Refused when easy to guess or made of the e-mail or name' })
  @IsNewPassword()
  password: string;
}
