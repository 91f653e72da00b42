import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { CurrentUser, type AuthenticatedUser } from '../auth/authenticated-user.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { COUNTRY_LIST } from './countries.list-spec.js';
import { CountriesService } from './countries.service.js';
import { CountryMemberResponseDto, CountryResponseDto } from './dto/country-response.dto.js';
import { CountryStatusChangeResponseDto } from './dto/country-status-change-response.dto.js';
import { UpdateCountryDto } from './dto/update-country.dto.js';

const EITHER_VIEW = {
  oneOf: [{ $ref: getSchemaPath(CountryResponseDto) }, { $ref: getSchemaPath(CountryMemberResponseDto) }],
  description:
    "The staff get the campaign record (CountryResponseDto); a member gets the public facts, without the government's position, the focal points and the notes (CountryMemberResponseDto)",
};

@ApiTags('countries')
@ApiExtraModels(CountryResponseDto, CountryMemberResponseDto)
@Controller('countries')
export class CountriesController {
  constructor(private readonly countries: CountriesService) {}

  @Get()
  @Roles(...STAFF_ROLES, 'member')
  @ListEndpoint(COUNTRY_LIST, EITHER_VIEW)
  list(@Query() query: ListQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<Paginated<CountryResponseDto | CountryMemberResponseDto>> {
    return this.countries.list(query, user.role);
  }

  @Get(':id')
  @Roles(...STAFF_ROLES, 'member')
  @ApiOkResponse({ schema: EITHER_VIEW })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<CountryResponseDto | CountryMemberResponseDto> {
    return this.countries.get(id, user.role);
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
