import { ApiProperty } from '@nestjs/swagger';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../membership-application.contract.js';

/** Another application by the same contact e-mail (a form sent twice, or a new try after a rejection). */
export class ApplicationDuplicateDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  organizationName: string;

  @ApiProperty()
  contactEmail: string;

  @ApiProperty({ enum: APPLICATION_STATUSES })
  status: ApplicationStatus;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}
