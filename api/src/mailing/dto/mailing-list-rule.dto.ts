import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsUUID } from 'class-validator';
import { IfSent, IfSentNotNull } from '../../common/field-presence.js';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { MAILING_LANGUAGES, RULE_AUDIENCES, type MailingLanguage, type RuleAudience } from '../mailing.contract.js';
import type { MailingListRule } from '../mailing-list-rule.entity.js';

export class CreateMailingListRuleDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'mailingListId must be a UUID' })
  mailingListId: string;

  @ApiProperty({ enum: RULE_AUDIENCES })
  @IsIn(RULE_AUDIENCES, { message: `audience must be one of: ${RULE_AUDIENCES.join(', ')}` })
  audience: RuleAudience;

  @ApiPropertyOptional({ enum: [...MAILING_LANGUAGES, null], nullable: true, description: 'Organizations working in this language; null: any' })
  @IfSentNotNull()
  @IsIn(MAILING_LANGUAGES, { message: `language must be one of: ${MAILING_LANGUAGES.join(', ')}` })
  language?: MailingLanguage | null;

  @ApiPropertyOptional({ default: true })
  @IfSent()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}

export class UpdateMailingListRuleDto {
  @ApiPropertyOptional({ enum: RULE_AUDIENCES })
  @IfSent()
  @IsIn(RULE_AUDIENCES, { message: `audience must be one of: ${RULE_AUDIENCES.join(', ')}` })
  audience?: RuleAudience;

  @ApiPropertyOptional({ enum: [...MAILING_LANGUAGES, null], nullable: true })
  @IfSentNotNull()
  @IsIn(MAILING_LANGUAGES, { message: `language must be one of: ${MAILING_LANGUAGES.join(', ')}` })
  language?: MailingLanguage | null;

  @ApiPropertyOptional()
  @IfSent()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() mailingListId?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}

export class MailingListRuleResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) mailingListId: string;
  @ApiProperty({ enum: RULE_AUDIENCES }) audience: RuleAudience;
  @ApiProperty({ enum: [...MAILING_LANGUAGES, null], nullable: true }) language: MailingLanguage | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export const toRuleResponse = (rule: MailingListRule): MailingListRuleResponseDto => ({
  id: rule.id,
  mailingListId: rule.mailingListId,
  audience: rule.audience,
  language: rule.language,
  active: rule.active,
  createdAt: rule.createdAt.toISOString(),
  updatedAt: rule.updatedAt.toISOString(),
});
