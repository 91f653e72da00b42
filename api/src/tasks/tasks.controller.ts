import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { CurrentUser, type AuthenticatedUser } from '../auth/authenticated-user.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { CreateTaskDto } from './dto/create-task.dto.js';
import { TaskResponseDto } from './dto/task-response.dto.js';
import { UpdateTaskDto } from './dto/update-task.dto.js';
import { TASK_LIST } from './tasks.list-spec.js';
import { TasksService } from './tasks.service.js';

/** The staff see every task; members their organizations' and their own. */
@ApiTags('tasks')
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @Roles(...STAFF_ROLES, 'member')
  @ListEndpoint(TASK_LIST, TaskResponseDto)
  list(@Query() query: ListQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<Paginated<TaskResponseDto>> {
    return this.tasks.list(parseListQuery(query, TASK_LIST), user);
  }

  /** Declared before `:id`, which would otherwise take `mine` for an id. */
  @Get('mine')
  @Roles(...STAFF_ROLES, 'member')
  @ApiOkResponse({ type: [TaskResponseDto], description: 'The caller’s open tasks (a member’s, also its organizations’): overdue first, then by due date' })
  mine(@CurrentUser() user: AuthenticatedUser): Promise<TaskResponseDto[]> {
    return this.tasks.mine(user);
  }

  @Get(':id')
  @Roles(...STAFF_ROLES, 'member')
  @ApiOkResponse({ type: TaskResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<TaskResponseDto> {
    return this.tasks.get(id, user);
  }

  @Post()
  @Roles(...EDITOR_ROLES, 'member')
  @ApiCreatedResponse({ type: TaskResponseDto, description: 'A member writes tasks for itself or its organizations' })
  create(@Body() dto: CreateTaskDto, @CurrentUser() user: AuthenticatedUser): Promise<TaskResponseDto> {
    return this.tasks.create(dto, user);
  }

  @Post(':id/complete')
  @Roles(...STAFF_ROLES, 'member')
  @ApiCreatedResponse({ type: TaskResponseDto, description: 'Marks the task done: the secretariat any task, anybody else a task that is theirs' })
  complete(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<TaskResponseDto> {
    return this.tasks.complete(id, user);
  }

  @Put(':id')
  @Roles(...EDITOR_ROLES, 'member')
  @ApiOkResponse({ type: TaskResponseDto, description: 'A member changes only its own and its organizations’ tasks' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateTaskDto, @CurrentUser() user: AuthenticatedUser): Promise<TaskResponseDto> {
    return this.tasks.update(id, dto, user);
  }

  @Delete(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: TaskResponseDto })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<TaskResponseDto> {
    return this.tasks.remove(id);
  }
}
