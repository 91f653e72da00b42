import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { TOTP_CODE } from '../totp.js';

export class TwoFactorCodeDto {
  @ApiProperty({ example: '123456', description: 'The current 6-digit code of the authenticator app' })
  @Matches(TOTP_CODE, { message: 'code must be the 6-digit code of your authenticator app' })
  code: string;
}
