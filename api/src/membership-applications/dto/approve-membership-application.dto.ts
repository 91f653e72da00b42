import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

/** Links the approval to records chosen among the duplicate candidates; left out, new ones are created. */
export class ApproveMembershipApplicationDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing organization to link instead of creating one' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be the id of an organization' })
  organizationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'An existing person to link instead of creating one' })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be the id of a person' })
  personId?: string;
}
