/**
 * What both sides know of authorities, the campaign's lobbying targets: the
 * kinds of institution and where a post's holder stands on the Optional
 * Protocol. Pure: the admin UI imports it.
 */
export const AUTHORITY_INSTITUTIONS = [
  'foreign_affairs',
  'executive',
  'parliament',
  'nhri',
  'attorney_general',
  'permanent_mission',
  'regional_body',
  'other',
] as const;
export type AuthorityInstitution = (typeof AUTHORITY_INSTITUTIONS)[number];

/** From hostile to leading the way; `unknown` until someone has asked. */
export const AUTHORITY_STANCES = ['unknown', 'opposed', 'undecided', 'supportive', 'champion'] as const;
export type AuthorityStance = (typeof AUTHORITY_STANCES)[number];

export const AUTHORITY_POST_TITLE_MAX = 300;
export const AUTHORITY_HOLDER_NAME_MAX = 200;
