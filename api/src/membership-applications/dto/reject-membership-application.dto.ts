import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { trimmed } from '../../common/text-transforms.js';

export class RejectMembershipApplicationDto {
  @ApiProperty({ minLength: 3, maxLength: 2000, description: 'Sent to the applicant in the decision e-mail' })
  @Transform(trimmed)
  @IsString({ message: 'reason must be text' })
  @Length(3, 2000, { message: 'reason must be 3 to 2000 characters long' })
  reason: string;
}
