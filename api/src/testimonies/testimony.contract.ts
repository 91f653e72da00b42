/**
 * What both sides know of testimonies: the rights of the Covenant a violation
 * touches, the steps of a testimony's life and who may see its submitter.
 * Pure: the admin UI and the public form import it.
 */

/** The economic, social and cultural rights of the Covenant (articles 6 to 15), as a testimony names them. */
export const ESCR_RIGHTS = [
  'work',
  'just_working_conditions',
  'trade_unions',
  'social_security',
  'family',
  'adequate_standard_of_living',
  'food',
  'water',
  'sanitation',
  'housing',
  'health',
  'education',
  'culture',
  'science',
] as const;
export type EscrRight = (typeof ESCR_RIGHTS)[number];

export const TESTIMONY_STATUSES = ['received', 'reviewed', 'published', 'archived'] as const;
export type TestimonyStatus = (typeof TESTIMONY_STATUSES)[number];

/** How a testimony reached the coalition. */
export const TESTIMONY_SOURCES = ['public_form', 'member', 'secretariat'] as const;
export type TestimonySource = (typeof TESTIMONY_SOURCES)[number];

export const TESTIMONY_LOCALES = ['en', 'es', 'fr'] as const;
export type TestimonyLocale = (typeof TESTIMONY_LOCALES)[number];

/**
 * A received testimony is reviewed or set aside; a reviewed one is published
 * or set aside; a published one may still be withdrawn into the archive.
 */
export const TESTIMONY_TRANSITIONS: Readonly<Record<TestimonyStatus, readonly TestimonyStatus[]>> = {
  received: ['reviewed', 'archived'],
  reviewed: ['published', 'archived'],
  published: ['archived'],
  archived: [],
};

export const canMoveTestimony = (from: TestimonyStatus, to: TestimonyStatus): boolean => from === to || TESTIMONY_TRANSITIONS[from].includes(to);

export const TESTIMONY_LIMITS = {
  text: 20000,
  submitterName: 200,
  submitterContact: 320,
  publicTitle: 200,
  publicText: 20000,
  rightsAffected: ESCR_RIGHTS.length,
} as const;

/** Roles that always see who submitted a testimony; the others only when the submitter did not ask for anonymity. */
export const SUBMITTER_READERS = ['admin', 'coordinator'] as const;

export const maySeeSubmitter = (role: string, anonymize: boolean): boolean => !anonymize || (SUBMITTER_READERS as readonly string[]).includes(role);

/**
 * Why a testimony cannot be published, or undefined when it can: the
 * submitter consented, and there is a public version to show.
 */
export function publicationBlocker(testimony: {
  consentToPublish: boolean;
  publicTitle: string | null;
  publicText: string | null;
}): 'consentToPublish' | 'publicTitle' | 'publicText' | undefined {
  if (!testimony.consentToPublish) return 'consentToPublish';
  if (!testimony.publicTitle?.trim()) return 'publicTitle';
  if (!testimony.publicText?.trim()) return 'publicText';
  return undefined;
}
