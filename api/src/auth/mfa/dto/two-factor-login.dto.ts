import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';

export class TwoFactorLoginDto {
  @ApiProperty({ description: 'The challengeToken that POST /api/auth/login answered with' })
  @IsString({ message: 'challengeToken must be the token from the sign-in' })
  @MaxLength(2048, { message: 'challengeToken is not a sign-in token' })
  challengeToken: string;

  @ApiProperty({ example: '123456', description: 'The 6-digit code of the authenticator app, or one of the recovery codes' })
  @IsString({ message: 'code must be a 6-digit code or a recovery code' })
  @Length(6, 40, { message: 'code must be a 6-digit code or a recovery code' })
  code: string;
}
