import { ApiProperty } from '@nestjs/swagger';

/** Shown once: a later set-up makes a new secret, and this one is never returned again. */
export class TwoFactorSetupDto {
  @ApiProperty({ description: 'The base32 secret, for typing into an authenticator app by hand' })
  secret: string;

  @ApiProperty({ example: 'otpauth://totp/Coalition%20CRM:someone%40example.org?secret=…&issuer=Coalition%20CRM' })
  otpauthUrl: string;

  @ApiProperty({ description: 'The otpauth URL as a QR code, a PNG data URL' })
  qrCodeDataUrl: string;
}
