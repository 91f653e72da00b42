import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** The query string of every list endpoint (React-Admin simple-REST). */
export class ListQueryDto {
  @ApiPropertyOptional({ description: 'JSON ["field","ASC"|"DESC"]', example: '["createdAt","DESC"]' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sort?: string;

  @ApiPropertyOptional({ description: 'JSON [start,end], inclusive, at most 1000 rows', example: '[0,24]' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  range?: string;

  @ApiPropertyOptional({ description: 'JSON object of filters; "q" searches, "id" takes a list of ids', example: '{"q":"food"}' })
  @IsOptional()
  @IsString()
  @MaxLength(40000)
  filter?: string;
}
