import type { EntityManager } from 'typeorm';

/** The Ministry of Foreign Affairs of a country, as the authorities record it. */
export interface ForeignAffairsMinistry {
  id: string;
  postTitle: string;
  holderName: string | null;
}

/**
 * Where action packs learn the Ministry of Foreign Affairs of a country: the
 * authorities feature, which owns that table. Provided under this token so
 * that the packs depend on the one method they use.
 */
export interface ForeignMinistryLookup {
  foreignAffairsMinistryWithin(manager: EntityManager, countryId: string): Promise<ForeignAffairsMinistry | null>;
}

export const FOREIGN_MINISTRY_LOOKUP = Symbol('ForeignMinistryLookup');
