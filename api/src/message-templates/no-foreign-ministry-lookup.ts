import { Injectable } from '@nestjs/common';
import type { ForeignAffairsMinistry, ForeignMinistryLookup } from './foreign-ministry-lookup.js';

/** Until the authorities are recorded, no country has a known ministry: packs leave "[ministry]" for the sender. */
@Injectable()
export class NoForeignMinistryLookup implements ForeignMinistryLookup {
  foreignAffairsMinistryWithin(): Promise<ForeignAffairsMinistry | null> {
    return Promise.resolve(null);
  }
}
