import { ApiProperty } from '@nestjs/swagger';
import { OrganizationResponseDto } from './organization-response.dto.js';

/** The kept organization after a merge, and the id of the merged one (its audit history stays under that id). */
export class OrganizationMergeResponseDto extends OrganizationResponseDto {
  @ApiProperty({ format: 'uuid', description: 'The organization that was merged into this one and deleted' })
  mergedId: string;
}
