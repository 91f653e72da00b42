import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { CurrentUser, type AuthenticatedUser } from '../auth/authenticated-user.js';
import { PersonDuplicateDto } from '../duplicates/duplicate-candidate.dto.js';
import { MergeRequestDto } from '../duplicates/merge-request.dto.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { CreatePersonDto } from './dto/create-person.dto.js';
import { PersonMergeResponseDto } from './dto/person-merge-response.dto.js';
import { PersonResponseDto } from './dto/person-response.dto.js';
import { UpdatePersonDto } from './dto/update-person.dto.js';
import { PERSON_LIST } from './people.list-spec.js';
import { PeopleService } from './people.service.js';
import { PersonMergeService } from './person-merge.service.js';

/** Contacts are secretariat data: members see and edit only themselves, through /api/me/profile. */
@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(
    private readonly people: PeopleService,
    private readonly merger: PersonMergeService,
  ) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ListEndpoint(PERSON_LIST, PersonResponseDto)
  list(@Query() query: ListQueryDto): Promise<Paginated<PersonResponseDto>> {
    return this.people.list(parseListQuery(query, PERSON_LIST));
  }

  @Get(':id')
  @Roles(...STAFF_ROLES)
  @ApiOkResponse({ type: PersonResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<PersonResponseDto> {
    return this.people.get(id);
  }

  @Get(':id/duplicates')
  @Roles(...STAFF_ROLES)
  @ApiOkResponse({ type: [PersonDuplicateDto], description: 'People with the same e-mail, or a similar name in the same country' })
  duplicates(@Param('id', ParseUUIDPipe) id: string): Promise<PersonDuplicateDto[]> {
    return this.people.duplicates(id);
  }

  @Post()
  @Roles(...EDITOR_ROLES)
  @ApiCreatedResponse({ type: PersonResponseDto })
  @ApiConflictResponse({ description: 'Another person has one of these e-mails' })
  create(@Body() dto: CreatePersonDto): Promise<PersonResponseDto> {
    return this.people.create(dto);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: PersonMergeResponseDto, description: 'The kept person; the one in the path is deleted' })
  @ApiConflictResponse({ description: 'Both people have a user account' })
  merge(@Param('id', ParseUUIDPipe) id: string, @Body() dto: MergeRequestDto, @CurrentUser() user: AuthenticatedUser): Promise<PersonMergeResponseDto> {
    return this.merger.merge(id, dto.intoId, user);
  }

  @Put(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: PersonResponseDto })
  @ApiConflictResponse({ description: 'Another person has one of these e-mails' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdatePersonDto): Promise<PersonResponseDto> {
    return this.people.update(id, dto);
  }

  @Delete(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: PersonResponseDto })
  @ApiConflictResponse({ description: 'The person has a user account: delete or relink the user first' })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<PersonResponseDto> {
    return this.people.remove(id);
  }
}
