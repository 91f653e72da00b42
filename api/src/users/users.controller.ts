import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { CurrentUser, type AuthenticatedUser } from '../auth/authenticated-user.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { UserResponseDto } from './dto/user-response.dto.js';
import { USER_LIST } from './users.list-spec.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ListEndpoint(USER_LIST, UserResponseDto)
  list(@Query() query: ListQueryDto): Promise<Paginated<UserResponseDto>> {
    return this.users.list(parseListQuery(query, USER_LIST));
  }

  @Get(':id')
  @ApiOkResponse({ type: UserResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<UserResponseDto> {
    return this.users.get(id);
  }

  @Post()
  @ApiCreatedResponse({ type: UserResponseDto, description: 'Without a password, the user gets an invitation e-mail' })
  @ApiConflictResponse({ description: 'Another user has this e-mail, or the contact record already has an account' })
  create(@Body() dto: CreateUserDto): Promise<UserResponseDto> {
    return this.users.create(dto);
  }

  @Put(':id')
  @ApiOkResponse({ type: UserResponseDto })
  @ApiConflictResponse({ description: 'Another user has this e-mail; or the change would leave no active admin, or deactivate the own account' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUserDto, @CurrentUser() actor: AuthenticatedUser): Promise<UserResponseDto> {
    return this.users.update(id, dto, actor.id);
  }

  @Delete(':id')
  @ApiOkResponse({ type: UserResponseDto })
  @ApiConflictResponse({ description: 'The own account, or the last active admin' })
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthenticatedUser): Promise<UserResponseDto> {
    return this.users.remove(id, actor.id);
  }
}
