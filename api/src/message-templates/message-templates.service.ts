import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainException, notFound } from '../common/domain.exception.js';
import { runListQuery } from '../list/apply-list-query.js';
import type { ListQuery } from '../list/list-spec.js';
import { Paginated } from '../list/paginated.js';
import { MessageTemplateResponseDto, toMessageTemplateResponse } from './dto/message-template-response.dto.js';
import { CreateMessageTemplateDto } from './dto/message-template-fields.dto.js';
import { UpdateMessageTemplateDto } from './dto/update-message-template.dto.js';
import { PLACEHOLDER_NAMES, unknownPlaceholders, type MessageLanguage } from './message-template.contract.js';
import { MessageTemplate } from './message-template.entity.js';
import { MESSAGE_TEMPLATE_LIST } from './message-templates.list-spec.js';

const REQUIRED_FIELDS = ['kind', 'language', 'name', 'body'] as const;

@Injectable()
export class MessageTemplatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListQuery): Promise<Paginated<MessageTemplateResponseDto>> {
    const builder = this.dataSource.getRepository(MessageTemplate).createQueryBuilder('m');
    const { items, total } = await runListQuery(builder, MESSAGE_TEMPLATE_LIST, query);
    return new Paginated(MESSAGE_TEMPLATE_LIST.resource, items.map(toMessageTemplateResponse), query.range[0], total);
  }

  async get(id: string): Promise<MessageTemplateResponseDto> {
    return toMessageTemplateResponse(await this.load(this.dataSource.manager, id));
  }

  async create(dto: CreateMessageTemplateDto): Promise<MessageTemplateResponseDto> {
    assertPlaceholders(dto);
    return this.dataSource.transaction(async (manager) => {
      const template = manager.create(MessageTemplate, {
        kind: dto.kind,
        language: dto.language,
        name: dto.name,
        subject: dto.subject ?? null,
        body: dto.body,
        position: dto.position ?? 0,
      });
      return toMessageTemplateResponse(await manager.save(template));
    });
  }

  async update(id: string, dto: UpdateMessageTemplateDto): Promise<MessageTemplateResponseDto> {
    for (const field of REQUIRED_FIELDS) {
      if (dto[field] === null) throw new DomainException('field_required', { field }, `${field} must not be empty`, field);
    }
    assertPlaceholders(dto);
    return this.dataSource.transaction(async (manager) => {
      const template = await this.load(manager, id, true);
      if (dto.kind !== undefined) template.kind = dto.kind;
      if (dto.language !== undefined) template.language = dto.language;
      if (dto.name !== undefined) template.name = dto.name;
      if (dto.subject !== undefined) template.subject = dto.subject;
      if (dto.body !== undefined) template.body = dto.body;
      if (dto.position !== undefined) template.position = dto.position;
      return toMessageTemplateResponse(await manager.save(template));
    });
  }

  async remove(id: string): Promise<MessageTemplateResponseDto> {
    return this.dataSource.transaction(async (manager) => {
      const template = await this.load(manager, id, true);
      const response = toMessageTemplateResponse(template);
      await manager.remove(template);
      return response;
    });
  }

  /** Every template of a language, in pack order. */
  async ofLanguageWithin(manager: EntityManager, language: MessageLanguage): Promise<MessageTemplate[]> {
    return manager.find(MessageTemplate, { where: { language }, order: { position: 'ASC', name: 'ASC', id: 'ASC' } });
  }

  private async load(manager: EntityManager, id: string, forUpdate = false): Promise<MessageTemplate> {
    const template = await manager.findOne(MessageTemplate, { where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!template) throw notFound('message-templates', 'message template');
    return template;
  }
}

/** Refuses a subject or body that uses a placeholder no pack can fill, naming it and the field it is in. */
function assertPlaceholders(dto: { subject?: string | null; body?: string }): void {
  for (const field of ['subject', 'body'] as const) {
    const unknown = unknownPlaceholders(dto[field] ?? '');
    if (unknown.length > 0) {
      const names = unknown.map((name) => `{${name}}`).join(', ');
      throw new DomainException(
        'unknown_placeholder',
        { field, names, known: PLACEHOLDER_NAMES.map((name) => `{${name}}`).join(', ') },
        `${field} uses unknown placeholder ${names}; known: ${PLACEHOLDER_NAMES.map((name) => `{${name}}`).join(', ')}`,
        field,
      );
    }
  }
}
