export const ORGANIZATION_TYPES = ['ngo', 'network', 'union', 'social_movement', 'academic', 'nhri', 'other'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const MEMBERSHIP_STATUSES = ['applicant', 'active', 'suspended', 'lapsed', 'withdrawn', 'rejected'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** The economic, social and cultural rights a member works on (Covenant articles 6–15). */
export const RIGHTS_FOCUS = [
  'work',
  'trade_unions',
  'social_security',
  'family',
  'food',
  'water',
  'sanitation',
  'housing',
  'health',
  'education',
  'culture',
  'land',
  'environment',
] as const;
export type RightsFocus = (typeof RIGHTS_FOCUS)[number];

/** Languages the coalition works in, as ISO 639-1 codes. */
export const LANGUAGES = ['en', 'es', 'fr', 'ar', 'pt', 'ru', 'zh', 'other'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Which membership status may follow which, when changed by hand. A rejected
 * organization comes back only through a new application (which sets `applicant`).
 */
export const MEMBERSHIP_TRANSITIONS: Record<MembershipStatus, readonly MembershipStatus[]> = {
  applicant: ['active', 'rejected', 'withdrawn'],
  active: ['suspended', 'lapsed', 'withdrawn'],
  suspended: ['active', 'lapsed', 'withdrawn'],
  lapsed: ['active', 'withdrawn'],
  withdrawn: ['active'],
  rejected: [],
};

export const isMembershipStatus = (value: unknown): value is MembershipStatus => MEMBERSHIP_STATUSES.some((status) => status === value);

/** Whether a hand-made change from one membership status to another is allowed; keeping the same one always is. */
export const mayChangeMembershipStatus = (from: MembershipStatus, to: MembershipStatus): boolean => from === to || MEMBERSHIP_TRANSITIONS[from].includes(to);

/** The statuses an organization now in `current` may be given by hand: its own and those that may follow it. */
export const membershipStatusesFrom = (current: MembershipStatus): readonly MembershipStatus[] => [current, ...MEMBERSHIP_TRANSITIONS[current]];
