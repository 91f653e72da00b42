import { ApiProperty } from '@nestjs/swagger';
import { PersonResponseDto } from './person-response.dto.js';

/** The kept person after a merge, and the id of the merged one (its audit history stays under that id). */
export class PersonMergeResponseDto extends PersonResponseDto {
  @ApiProperty({ format: 'uuid', description: 'The person that was merged into this one and deleted' })
  mergedId: string;
}
