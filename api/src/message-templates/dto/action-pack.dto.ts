import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { MESSAGE_KINDS, MESSAGE_LANGUAGES, PLACEHOLDER_NAMES, type MessageKind, type MessageLanguage } from '../message-template.contract.js';

export class ActionPackQueryDto {
  @ApiPropertyOptional({ enum: MESSAGE_LANGUAGES, default: 'en' })
  @IsOptional()
  @IsIn(MESSAGE_LANGUAGES, { message: `lang must be one of: ${MESSAGE_LANGUAGES.join(', ')}` })
  lang?: MessageLanguage;
}

export class ActionPackMessageDto {
  @ApiProperty({ format: 'uuid' })
  templateId: string;

  @ApiProperty({ enum: MESSAGE_KINDS })
  kind: MessageKind;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, nullable: true })
  subject: string | null;

  @ApiProperty()
  body: string;

  @ApiProperty({ description: 'Characters of the filled-in body' })
  characterCount: number;

  @ApiProperty({ type: Number, nullable: true, description: 'The limit of its kind (280 for a social post), or null' })
  lengthLimit: number | null;

  @ApiProperty({ description: 'A social post longer than its limit once filled in' })
  overLimit: boolean;

  @ApiProperty({ enum: PLACEHOLDER_NAMES, isArray: true, description: 'Placeholders without a value, left as "[name]"' })
  missing: string[];
}

export class ActionPackDto {
  @ApiProperty({ format: 'uuid' })
  countryId: string;

  @ApiProperty({ example: 'COL' })
  iso3: string;

  @ApiProperty({ description: "The country's name in the pack's language" })
  countryName: string;

  @ApiProperty({ enum: MESSAGE_LANGUAGES })
  language: MessageLanguage;

  @ApiProperty({ format: 'date-time' })
  generatedAt: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true },
    description: 'The value of each placeholder for this country; null where the records say nothing yet',
    example: { country: 'Colombia', partiesCount: '30' },
  })
  values: Record<string, string | null>;

  @ApiProperty({ type: [ActionPackMessageDto] })
  messages: ActionPackMessageDto[];
}
