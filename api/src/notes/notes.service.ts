import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainException, notFound } from '../common/domain.exception.js';
import { runListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { EDITOR_ROLES } from '../users/user-role.contract.js';
import { CreateNoteDto } from './dto/create-note.dto.js';
import { NoteResponseDto, toNoteResponse } from './dto/note-response.dto.js';
import { UpdateNoteDto } from './dto/update-note.dto.js';
import { entityOfNoteTarget } from './note-target.decorator.js';
import { Note } from './note.entity.js';
import { NOTE_LIST } from './notes.list-spec.js';

export interface NoteAuthor {
  id: string;
  email: string;
}

/** The activity timeline of the records that accept notes (see AcceptsNotes): secretariat and steering-committee notes. */
@Injectable()
export class NotesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListQuery): Promise<Paginated<NoteResponseDto>> {
    const builder = this.dataSource.getRepository(Note).createQueryBuilder('n');
    const { items, total } = await runListQuery(builder, NOTE_LIST, query);
    return new Paginated(NOTE_LIST.resource, items.map(toNoteResponse), query.range[0], total);
  }

  async get(id: string): Promise<NoteResponseDto> {
    return toNoteResponse(await this.load(this.dataSource.manager, id));
  }

  async create(dto: CreateNoteDto, author: AuthenticatedUser): Promise<NoteResponseDto> {
    const note = await this.dataSource.transaction((manager) => this.addWithin(manager, dto, author));
    return toNoteResponse(note);
  }

  /** Adds a note inside the caller's transaction, e.g. the record of a merge or an approval. */
  async addWithin(manager: EntityManager, input: CreateNoteDto, author: NoteAuthor | null): Promise<Note> {
    const target = entityOfNoteTarget(input.targetType);
    if (!target) {
      throw new DomainException(
        'notes_not_accepted',
        { field: 'targetType', targetType: input.targetType },
        `targetType ${input.targetType} accepts no notes`,
        'targetType',
      );
    }
    if (!(await manager.exists(target, { where: { id: input.targetId } }))) {
      throw new DomainException(
        'unknown_record',
        { field: 'targetId', resource: input.targetType },
        `targetId is not an existing ${input.targetType.replace('_', ' ')}`,
        'targetId',
      );
    }
    const note = manager.create(Note, {
      targetType: input.targetType,
      targetId: input.targetId,
      body: input.body,
      authorId: author?.id ?? null,
      authorEmail: author?.email ?? null,
    });
    return manager.save(note);
  }

  async update(id: string, dto: UpdateNoteDto, actor: AuthenticatedUser): Promise<NoteResponseDto> {
    const note = await this.dataSource.transaction(async (manager) => {
      const current = await this.load(manager, id, true);
      this.assertMayChange(current, actor);
      if (dto.body !== undefined) current.body = dto.body;
      return manager.save(current);
    });
    return toNoteResponse(note);
  }

  async remove(id: string, actor: AuthenticatedUser): Promise<NoteResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const note = await this.load(manager, id, true);
      this.assertMayChange(note, actor);
      const response = toNoteResponse(note);
      await manager.remove(note);
      return response;
    });
  }

  /** Removes the notes of a record that is being deleted, each one audited. */
  async removeAllFor(manager: EntityManager, targetType: string, targetId: string): Promise<void> {
    const notes = await manager.find(Note, { where: { targetType, targetId } });
    if (notes.length > 0) await manager.remove(notes);
  }

  /**
   * Moves the notes about one record to another, for a merge, in the caller's transaction. A
   * bookkeeping update like the merge's other references: the merge itself is audited and noted.
   */
  async moveAll(manager: EntityManager, targetType: string, fromId: string, toId: string): Promise<void> {
    await manager.update(Note, { targetType, targetId: fromId }, { targetId: toId });
  }

  /** Everybody on the staff may comment; a note is then changed by its author or by the secretariat. */
  private assertMayChange(note: Note, actor: AuthenticatedUser): void {
    if (note.authorId === actor.id || EDITOR_ROLES.includes(actor.role)) return;
    throw new DomainException('note_not_yours', {}, 'Only the author of a note, a coordinator or an admin may change or delete it');
  }

  private async load(manager: EntityManager, id: string, forUpdate = false): Promise<Note> {
    const note = await manager.findOne(Note, { where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!note) throw notFound('notes', 'note');
    return note;
  }
}
