import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { AFFILIATION_LIST } from './affiliations.list-spec.js';
import { AffiliationsService } from './affiliations.service.js';
import { AffiliationResponseDto } from './dto/affiliation-response.dto.js';
import { CreateAffiliationDto } from './dto/create-affiliation.dto.js';
import { UpdateAffiliationDto } from './dto/update-affiliation.dto.js';

@ApiTags('affiliations')
@Controller('affiliations')
export class AffiliationsController {
  constructor(private readonly affiliations: AffiliationsService) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ListEndpoint(AFFILIATION_LIST, AffiliationResponseDto)
  list(@Query() query: ListQueryDto): Promise<Paginated<AffiliationResponseDto>> {
    return this.affiliations.list(parseListQuery(query, AFFILIATION_LIST));
  }

  @Get(':id')
  @Roles(...STAFF_ROLES)
  @ApiOkResponse({ type: AffiliationResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<AffiliationResponseDto> {
    return this.affiliations.get(id);
  }

  @Post()
  @Roles(...EDITOR_ROLES)
  @ApiCreatedResponse({ type: AffiliationResponseDto })
  @ApiConflictResponse({ description: 'The person already has a current affiliation with this organization' })
  create(@Body() dto: CreateAffiliationDto): Promise<AffiliationResponseDto> {
    return this.affiliations.create(dto);
  }

  @Put(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: AffiliationResponseDto })
  @ApiConflictResponse({ description: 'The person already has a current affiliation with this organization' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateAffiliationDto): Promise<AffiliationResponseDto> {
    return this.affiliations.update(id, dto);
  }

  @Delete(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: AffiliationResponseDto })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<AffiliationResponseDto> {
    return this.affiliations.remove(id);
  }
}
