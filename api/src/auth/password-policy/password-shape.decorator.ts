import { applyDecorators } from '@nestjs/common';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-rules.contract.js';

/**
 * The shape of a new password in a DTO: text of PASSWORD_MIN_LENGTH to
 * PASSWORD_MAX_LENGTH characters. Its strength needs the owner's e-mail and
 * name, so PasswordPolicyService judges it where the account is known.
 */
export const IsNewPassword = (field = 'password'): PropertyDecorator =>
  applyDecorators(
    IsString({ message: `${field} must be text` }),
    MinLength(PASSWORD_MIN_LENGTH, { message: `${field} must be at least ${PASSWORD_MIN_LENGTH} characters long` }),
    MaxLength(PASSWORD_MAX_LENGTH, { message: `${field} must be at most ${PASSWORD_MAX_LENGTH} characters long` }),
  );
