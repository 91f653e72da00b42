import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const CONFIRM_EMAIL_OUTCOMES = ['changed', 'secretariat'] as const;
export type ConfirmEmailOutcome = (typeof CONFIRM_EMAIL_OUTCOMES)[number];

export class ConfirmEmailResponseDto {
  @ApiProperty({
    enum: CONFIRM_EMAIL_OUTCOMES,
    description: '`changed`: the contact e-mail is now the confirmed address. `secretariat`: the secretariat will complete the change.',
  })
  outcome: ConfirmEmailOutcome;

  @ApiPropertyOptional({ description: 'The new contact e-mail, when changed' })
  email?: string;
}
