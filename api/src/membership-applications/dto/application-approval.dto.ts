import { ApiProperty } from '@nestjs/swagger';

/** The records an approval created or linked. */
export class ApplicationApprovalDto {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;

  @ApiProperty({ format: 'uuid' })
  personId: string;

  @ApiProperty({ format: 'uuid', description: 'The member user: invited by e-mail when new' })
  userId: string;
}
