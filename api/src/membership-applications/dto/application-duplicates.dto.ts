import { ApiProperty } from '@nestjs/swagger';
import { OrganizationDuplicateDto, PersonDuplicateDto } from '../../duplicates/duplicate-candidate.dto.js';
import { ApplicationDuplicateDto } from './application-duplicate.dto.js';

/** Records the application may duplicate; the coordinator links to them on approval instead of creating new ones. */
export class ApplicationDuplicatesDto {
  @ApiProperty({ type: [OrganizationDuplicateDto] })
  organizations: OrganizationDuplicateDto[];

  @ApiProperty({ type: [PersonDuplicateDto] })
  people: PersonDuplicateDto[];

  @ApiProperty({ type: [ApplicationDuplicateDto] })
  applications: ApplicationDuplicateDto[];
}
