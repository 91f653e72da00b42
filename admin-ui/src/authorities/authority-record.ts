import { AUTHORITY_INSTITUTIONS, AUTHORITY_STANCES, type AuthorityInstitution, type AuthorityStance } from '@contract/authorities/authority.contract';
import type { Schema } from '../api/schema';

/** An authority as `GET /api/authorities/:id` returns it. */
export type AuthorityRecord = Schema<'AuthorityResponseDto'>;
export type AuthorityHistory = Schema<'AuthorityHistoryResponseDto'>;

export const INSTITUTION_CHOICES: Array<{ id: AuthorityInstitution; name: string }> = AUTHORITY_INSTITUTIONS.map((institution) => ({
  id: institution,
  name: `resources.authorities.institution.${institution}`,
}));

export const STANCE_CHOICES: Array<{ id: AuthorityStance; name: string }> = AUTHORITY_STANCES.map((stance) => ({
  id: stance,
  name: `resources.authorities.stance.${stance}`,
}));

/** Colours of the stance chip, from hostile to leading; each readable with its text (contrast ≥ 4.5:1). */
export const STANCE_COLOURS: Readonly<Record<AuthorityStance, 'default' | 'error' | 'secondary' | 'primary' | 'success'>> = {
  unknown: 'default',
  opposed: 'error',
  undecided: 'secondary',
  supportive: 'primary',
  champion: 'success',
};
