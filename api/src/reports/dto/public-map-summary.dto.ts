import { ApiProperty } from '@nestjs/swagger';
import { OpStatusCountsDto } from './overview-response.dto.js';

/** What the public map shows beside the countries: the counts per status and the date of the last update. */
export class PublicMapSummaryDto {
  @ApiProperty({ type: OpStatusCountsDto })
  countriesByOpStatus: OpStatusCountsDto;

  @ApiProperty({ description: 'Countries on the map' })
  countries: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When a public fact of a country last changed' })
  lastUpdatedAt: string | null;
}
