import { RULE_AUDIENCES, type RuleAudience } from '@contract/mailing/mailing.contract';
import type { Schema } from '../api/schema';

/** A rule as `GET /api/mailing-list-rules/:id` returns it. */
export type MailingListRuleRecord = Schema<'MailingListRuleResponseDto'>;

export const RULE_AUDIENCE_CHOICES: Array<{ id: RuleAudience; name: string }> = RULE_AUDIENCES.map((id) => ({
  id,
  name: `resources.mailing-list-rules.audience.${id}`,
}));
