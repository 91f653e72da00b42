import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { CreateWorkingGroupDto } from './dto/create-working-group.dto.js';
import { UpdateWorkingGroupDto } from './dto/update-working-group.dto.js';
import { WorkingGroupResponseDto } from './dto/working-group-response.dto.js';
import { WORKING_GROUP_LIST } from './working-groups.list-spec.js';
import { WorkingGroupsService } from './working-groups.service.js';

@ApiTags('working-groups')
@Controller('working-groups')
export class WorkingGroupsController {
  constructor(private readonly groups: WorkingGroupsService) {}

  @Get()
  @Roles(...STAFF_ROLES, 'member')
  @ListEndpoint(WORKING_GROUP_LIST, WorkingGroupResponseDto)
  list(@Query() query: ListQueryDto): Promise<Paginated<WorkingGroupResponseDto>> {
    return this.groups.list(parseListQuery(query, WORKING_GROUP_LIST));
  }

  @Get(':id')
  @Roles(...STAFF_ROLES, 'member')
  @ApiOkResponse({ type: WorkingGroupResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<WorkingGroupResponseDto> {
    return this.groups.get(id);
  }

  @Post()
  @Roles(...EDITOR_ROLES)
  @ApiCreatedResponse({ type: WorkingGroupResponseDto })
  @ApiConflictResponse({ description: 'A working group with this name exists' })
  create(@Body() dto: CreateWorkingGroupDto): Promise<WorkingGroupResponseDto> {
    return this.groups.create(dto);
  }

  @Put(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: WorkingGroupResponseDto })
  @ApiConflictResponse({ description: 'A working group with this name exists' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateWorkingGroupDto): Promise<WorkingGroupResponseDto> {
    return this.groups.update(id, dto);
  }

  @Delete(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: WorkingGroupResponseDto })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<WorkingGroupResponseDto> {
    return this.groups.remove(id);
  }
}
