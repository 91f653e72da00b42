import { ApiProperty } from '@nestjs/swagger';

export class TwoFactorStatusDto {
  @ApiProperty({ description: 'Codes are asked for at sign-in' })
  enabled: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  enabledAt: string | null;

  @ApiProperty({ description: 'A set-up was started and waits for the first code' })
  setupPending: boolean;

  @ApiProperty({ description: 'Unused recovery codes' })
  recoveryCodesLeft: number;

  @ApiProperty({ description: "The security policy requires two-factor authentication for the user's role" })
  requiredForRole: boolean;
}
