import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { IfSent, IfSentNotNull } from '../../common/field-presence.js';
import { trimmed, trimmedOrNull } from '../../common/text-transforms.js';
import { MESSAGE_KINDS, MESSAGE_LANGUAGES, MESSAGE_TEMPLATE_LIMITS, type MessageKind, type MessageLanguage } from '../message-template.contract.js';

/** A template as it is created; the placeholders of subject and body are checked by the service, which names an unknown one. */
export class CreateMessageTemplateDto {
  @ApiProperty({ enum: MESSAGE_KINDS })
  @IsIn(MESSAGE_KINDS, { message: `kind must be one of: ${MESSAGE_KINDS.join(', ')}` })
  kind: MessageKind;

  @ApiProperty({ enum: MESSAGE_LANGUAGES })
  @IsIn(MESSAGE_LANGUAGES, { message: `language must be one of: ${MESSAGE_LANGUAGES.join(', ')}` })
  language: MessageLanguage;

  @ApiProperty({ maxLength: MESSAGE_TEMPLATE_LIMITS.name, example: 'Letter to the Minister of Foreign Affairs' })
  @Transform(trimmed)
  @IsString({ message: 'name must be text' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(MESSAGE_TEMPLATE_LIMITS.name, { message: `name must be at most ${MESSAGE_TEMPLATE_LIMITS.name} characters long` })
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MESSAGE_TEMPLATE_LIMITS.subject, description: 'May use placeholders' })
  @Transform(trimmedOrNull)
  @IfSentNotNull()
  @IsString({ message: 'subject must be text' })
  @MaxLength(MESSAGE_TEMPLATE_LIMITS.subject, { message: `subject must be at most ${MESSAGE_TEMPLATE_LIMITS.subject} characters long` })
  subject?: string | null;

  @ApiProperty({ maxLength: MESSAGE_TEMPLATE_LIMITS.body, example: '{country} has not yet ratified the Optional Protocol; {partiesCount} states have.' })
  @IsString({ message: 'body must be text' })
  @IsNotEmpty({ message: 'body must not be empty' })
  @MaxLength(MESSAGE_TEMPLATE_LIMITS.body, { message: `body must be at most ${MESSAGE_TEMPLATE_LIMITS.body} characters long` })
  body: string;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: 1000, description: 'Order in the pack, lower first' })
  @IfSent()
  @IsInt({ message: 'position must be a whole number' })
  @Min(0, { message: 'position must not be negative' })
  @Max(1000, { message: 'position must be at most 1000' })
  position?: number;
}
