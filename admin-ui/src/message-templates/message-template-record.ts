import { MESSAGE_KINDS, MESSAGE_LANGUAGES, type MessageKind, type MessageLanguage } from '@contract/message-templates/message-template.contract';
import type { Schema } from '../api/schema';

/** A template as `GET /api/message-templates/:id` returns it. */
export type MessageTemplateRecord = Schema<'MessageTemplateResponseDto'>;

export const MESSAGE_KIND_CHOICES: Array<{ id: MessageKind; name: string }> = MESSAGE_KINDS.map((kind) => ({
  id: kind,
  name: `resources.message-templates.kind.${kind}`,
}));
export const MESSAGE_LANGUAGE_CHOICES: Array<{ id: MessageLanguage; name: string }> = MESSAGE_LANGUAGES.map((language) => ({
  id: language,
  name: `resources.message-templates.language.${language}`,
}));
