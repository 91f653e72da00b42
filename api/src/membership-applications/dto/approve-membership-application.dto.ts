import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

/**
 * Links the approval to records chosen among the duplicate candidates; left
 * out, new ones are created, unless one with the same e-mail or the same name
 * in the same country exists and the reviewer did not confirm a different one.
 */
export class ApproveMembershipApplicationDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing organization to link instead of creating one' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be the id of an organization' })
  organizationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'An existing person to link instead of creating one' })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be the id of a person' })
  personId?: string;

  @ApiPropertyOptional({ description: 'Create the organization even though one with the same e-mail or the same name in the same country exists' })
  @IsOptional()
  @IsBoolean({ message: 'confirmNewOrganization must be true or false' })
  confirmNewOrganization?: boolean;

  @ApiPropertyOptional({ description: 'Create the person even though one with the same name in the same country exists' })
  @IsOptional()
  @IsBoolean({ message: 'confirmNewPerson must be true or false' })
  confirmNewPerson?: boolean;
}
