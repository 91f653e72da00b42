import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { trimmed } from '../../common/text-transforms.js';
import { REJECTION_REASON_LIMITS } from '../membership-application.contract.js';

export class RejectMembershipApplicationDto {
  @ApiProperty({ minLength: REJECTION_REASON_LIMITS.min, maxLength: REJECTION_REASON_LIMITS.max, description: 'Sent to the applicant in the decision e-mail' })
  @Transform(trimmed)
  @IsString({ message: 'reason must be text' })
  @Length(REJECTION_REASON_LIMITS.min, REJECTION_REASON_LIMITS.max, {
    message: `reason must be ${REJECTION_REASON_LIMITS.min} to ${REJECTION_REASON_LIMITS.max} characters long`,
  })
  reason: string;
}
