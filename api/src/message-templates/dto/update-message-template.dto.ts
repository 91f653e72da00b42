import { PartialType } from '@nestjs/swagger';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { CreateMessageTemplateDto } from './message-template-fields.dto.js';

/** PUT takes the record back as GET returned it; read-only fields are ignored. */
export class UpdateMessageTemplateDto extends PartialType(CreateMessageTemplateDto) {
  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() placeholders?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}
