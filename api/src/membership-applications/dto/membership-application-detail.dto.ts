import { ApiProperty } from '@nestjs/swagger';
import { ApplicationDuplicatesDto } from './application-duplicates.dto.js';
import { MembershipApplicationResponseDto } from './membership-application-response.dto.js';

/** One application with its duplicate candidates (empty once the application is reviewed). */
export class MembershipApplicationDetailDto extends MembershipApplicationResponseDto {
  @ApiProperty({ type: ApplicationDuplicatesDto })
  duplicates: ApplicationDuplicatesDto;
}
