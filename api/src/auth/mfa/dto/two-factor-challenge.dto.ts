import { ApiProperty } from '@nestjs/swagger';

/** What POST /api/auth/login answers instead of a session when the account uses two-factor authentication. */
export class TwoFactorChallengeDto {
  @ApiProperty({ enum: [true] })
  twoFactorRequired: true;

  @ApiProperty({ description: 'Send it with the code to POST /api/auth/two-factor within 5 minutes. It is not an access token.' })
  challengeToken: string;
}
