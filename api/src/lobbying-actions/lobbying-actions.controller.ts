import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { CurrentUser, type AuthenticatedUser } from '../auth/authenticated-user.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { CreateLobbyingActionDto } from './dto/create-lobbying-action.dto.js';
import { LobbyingActionResponseDto } from './dto/lobbying-action-response.dto.js';
import { UpdateLobbyingActionDto } from './dto/update-lobbying-action.dto.js';
import { LOBBYING_ACTION_LIST } from './lobbying-actions.list-spec.js';
import { LobbyingActionsService } from './lobbying-actions.service.js';

/** The staff see every action; members those of their organizations' countries, and record them there. */
@ApiTags('lobbying-actions')
@Controller('lobbying-actions')
export class LobbyingActionsController {
  constructor(private readonly actions: LobbyingActionsService) {}

  @Get()
  @Roles(...STAFF_ROLES, 'member')
  @ListEndpoint(LOBBYING_ACTION_LIST, LobbyingActionResponseDto)
  list(@Query() query: ListQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<Paginated<LobbyingActionResponseDto>> {
    return this.actions.list(parseListQuery(query, LOBBYING_ACTION_LIST), user);
  }

  @Get(':id')
  @Roles(...STAFF_ROLES, 'member')
  @ApiOkResponse({ type: LobbyingActionResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<LobbyingActionResponseDto> {
    return this.actions.get(id, user);
  }

  @Post()
  @Roles(...EDITOR_ROLES, 'member')
  @ApiCreatedResponse({ type: LobbyingActionResponseDto, description: 'A follow-up date creates the action’s follow-up task' })
  create(@Body() dto: CreateLobbyingActionDto, @CurrentUser() user: AuthenticatedUser): Promise<LobbyingActionResponseDto> {
    return this.actions.create(dto, user);
  }

  @Put(':id')
  @Roles(...EDITOR_ROLES, 'member')
  @ApiOkResponse({ type: LobbyingActionResponseDto, description: 'A member changes only the actions its organization recorded' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateLobbyingActionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<LobbyingActionResponseDto> {
    return this.actions.update(id, dto, user);
  }

  @Delete(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: LobbyingActionResponseDto })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<LobbyingActionResponseDto> {
    return this.actions.remove(id);
  }
}
