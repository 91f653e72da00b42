import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { CurrentUser, type AuthenticatedUser } from '../auth/authenticated-user.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { AUTHORITY_LIST } from './authorities.list-spec.js';
import { AuthoritiesService } from './authorities.service.js';
import { AuthorityHistoryResponseDto, AuthorityResponseDto } from './dto/authority-response.dto.js';
import { CreateAuthorityDto } from './dto/create-authority.dto.js';
import { NewAuthorityHolderDto } from './dto/new-holder.dto.js';
import { UpdateAuthorityDto } from './dto/update-authority.dto.js';

/** The staff see every post; members those of their organizations' countries, and may register one there. */
@ApiTags('authorities')
@Controller('authorities')
export class AuthoritiesController {
  constructor(private readonly authorities: AuthoritiesService) {}

  @Get()
  @Roles(...STAFF_ROLES, 'member')
  @ListEndpoint(AUTHORITY_LIST, AuthorityResponseDto)
  list(@Query() query: ListQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<Paginated<AuthorityResponseDto>> {
    return this.authorities.list(parseListQuery(query, AUTHORITY_LIST), user);
  }

  @Get(':id')
  @Roles(...STAFF_ROLES, 'member')
  @ApiOkResponse({ type: AuthorityResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<AuthorityResponseDto> {
    return this.authorities.get(id, user);
  }

  @Get(':id/history')
  @Roles(...STAFF_ROLES, 'member')
  @ApiOkResponse({ type: AuthorityHistoryResponseDto, description: 'The holders of the post and the changes of its stance, latest first' })
  history(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<AuthorityHistoryResponseDto> {
    return this.authorities.history(id, user);
  }

  @Post()
  @Roles(...EDITOR_ROLES, 'member')
  @ApiCreatedResponse({ type: AuthorityResponseDto })
  create(@Body() dto: CreateAuthorityDto, @CurrentUser() user: AuthenticatedUser): Promise<AuthorityResponseDto> {
    return this.authorities.create(dto, user);
  }

  @Post(':id/holders')
  @Roles(...EDITOR_ROLES)
  @ApiCreatedResponse({ type: AuthorityResponseDto, description: 'The post with its new holder; the previous holder is kept in its history' })
  addHolder(@Param('id', ParseUUIDPipe) id: string, @Body() dto: NewAuthorityHolderDto): Promise<AuthorityResponseDto> {
    return this.authorities.addHolder(id, dto);
  }

  @Put(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: AuthorityResponseDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateAuthorityDto): Promise<AuthorityResponseDto> {
    return this.authorities.update(id, dto);
  }

  @Delete(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: AuthorityResponseDto, description: 'Refused (409) while lobbying actions name the post' })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<AuthorityResponseDto> {
    return this.authorities.remove(id);
  }
}
