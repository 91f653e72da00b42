import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { CurrentUser, type AuthenticatedUser } from '../auth/authenticated-user.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { CreateNoteDto } from './dto/create-note.dto.js';
import { NoteResponseDto } from './dto/note-response.dto.js';
import { UpdateNoteDto } from './dto/update-note.dto.js';
import { NOTE_LIST } from './notes.list-spec.js';
import { NotesService } from './notes.service.js';

/** Secretariat notes are never shown to members; the steering committee reads and comments. */
@ApiTags('notes')
@Roles(...STAFF_ROLES)
@Controller('notes')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Get()
  @ListEndpoint(NOTE_LIST, NoteResponseDto)
  list(@Query() query: ListQueryDto): Promise<Paginated<NoteResponseDto>> {
    return this.notes.list(parseListQuery(query, NOTE_LIST));
  }

  @Get(':id')
  @ApiOkResponse({ type: NoteResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<NoteResponseDto> {
    return this.notes.get(id);
  }

  @Post()
  @ApiCreatedResponse({ type: NoteResponseDto })
  create(@Body() dto: CreateNoteDto, @CurrentUser() user: AuthenticatedUser): Promise<NoteResponseDto> {
    return this.notes.create(dto, user);
  }

  @Put(':id')
  @ApiOkResponse({ type: NoteResponseDto, description: 'Only the author, a coordinator or an admin' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateNoteDto, @CurrentUser() user: AuthenticatedUser): Promise<NoteResponseDto> {
    return this.notes.update(id, dto, user);
  }

  // The steering committee comments but never deletes, not even its own notes.
  @Roles(...EDITOR_ROLES)
  @Delete(':id')
  @ApiOkResponse({ type: NoteResponseDto, description: 'Coordinators and admins only' })
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<NoteResponseDto> {
    return this.notes.remove(id, user);
  }
}
