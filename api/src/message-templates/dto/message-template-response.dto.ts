import { ApiProperty } from '@nestjs/swagger';
import { MESSAGE_KINDS, MESSAGE_LANGUAGES, placeholdersIn, type MessageKind, type MessageLanguage } from '../message-template.contract.js';
import type { MessageTemplate } from '../message-template.entity.js';

export class MessageTemplateResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: MESSAGE_KINDS })
  kind: MessageKind;

  @ApiProperty({ enum: MESSAGE_LANGUAGES })
  language: MessageLanguage;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, nullable: true })
  subject: string | null;

  @ApiProperty()
  body: string;

  @ApiProperty()
  position: number;

  @ApiProperty({ type: [String], description: 'The placeholders subject and body use' })
  placeholders: string[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export function toMessageTemplateResponse(template: MessageTemplate): MessageTemplateResponseDto {
  return {
    id: template.id,
    kind: template.kind,
    language: template.language,
    name: template.name,
    subject: template.subject,
    body: template.body,
    position: template.position,
    placeholders: placeholdersIn(`${template.subject ?? ''}\n${template.body}`),
    createdAt: template.createdAt.toISOString(),
    updatedAt: template.updatedAt.toISOString(),
  };
}
