import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { STAFF_ROLES } from '../users/user-role.contract.js';
import { COUNTRY_LIST } from './countries.list-spec.js';
import { CountriesService } from './countries.service.js';
import { CountryResponseDto } from './dto/country-response.dto.js';

@ApiTags('countries')
@Roles(...STAFF_ROLES, 'member')
@Controller('countries')
export class CountriesController {
  constructor(private readonly countries: CountriesService) {}

  @Get()
  @ListEndpoint(COUNTRY_LIST, CountryResponseDto)
  list(@Query() query: ListQueryDto): Promise<Paginated<CountryResponseDto>> {
    return this.countries.list(parseListQuery(query, COUNTRY_LIST));
  }

  @Get(':id')
  @ApiOkResponse({ type: CountryResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<CountryResponseDto> {
    return this.countries.get(id);
  }
}
