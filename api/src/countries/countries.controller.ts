import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { COUNTRY_LIST } from './countries.list-spec.js';
import { CountriesService } from './countries.service.js';
import { CountryResponseDto } from './dto/country-response.dto.js';
import { CountryStatusChangeResponseDto } from './dto/country-status-change-response.dto.js';
import { UpdateCountryDto } from './dto/update-country.dto.js';

@ApiTags('countries')
@Controller('countries')
export class CountriesController {
  constructor(private readonly countries: CountriesService) {}

  @Get()
  @Roles(...STAFF_ROLES, 'member')
  @ListEndpoint(COUNTRY_LIST, CountryResponseDto)
  list(@Query() query: ListQueryDto): Promise<Paginated<CountryResponseDto>> {
    return this.countries.list(parseListQuery(query, COUNTRY_LIST));
  }

  @Get(':id')
  @Roles(...STAFF_ROLES, 'member')
  @ApiOkResponse({ type: CountryResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<CountryResponseDto> {
    return this.countries.get(id);
  }

  @Put(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: CountryResponseDto, description: 'The country; each changed treaty fact or position is added to its history' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCountryDto): Promise<CountryResponseDto> {
    return this.countries.update(id, dto);
  }

  @Get(':id/history')
  @Roles(...STAFF_ROLES)
  @ApiOkResponse({ type: [CountryStatusChangeResponseDto], description: 'Status changes, newest first, each with its source' })
  history(@Param('id', ParseUUIDPipe) id: string): Promise<CountryStatusChangeResponseDto[]> {
    return this.countries.history(id);
  }
}
