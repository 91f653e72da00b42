import type { PoolCountry } from './demo-countries.js';
import type { DemoCountryRow } from './demo-data.types.js';
import { PERSON_NAMES } from './demo-person-names.js';
import type { SeededRandom } from './seeded-random.js';

/** A demo country: its row in the countries table and how the demo names things there. */
export interface DemoPlace {
  country: DemoCountryRow;
  pool: PoolCountry;
}

/** The author of the demo's notes: the secretariat, not a user account. */
export const DEMO_AUTHOR_EMAIL = 'secretariat@example.org';

const DAY = 24 * 60 * 60 * 1000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The state the generators share: one random source, the reference time and what is already taken. */
export class DemoContext {
  private readonly emails = new Set<string>();
  private readonly hosts = new Set<string>();

  constructor(
    readonly random: SeededRandom,
    readonly now: Date,
  ) {}

  daysAgo(days: number): Date {
    return new Date(this.now.getTime() - days * DAY);
  }

  /** A moment between `fromDaysAgo` and `toDaysAgo` days before now. */
  between(fromDaysAgo: number, toDaysAgo: number): Date {
    return this.random.dateBetween(this.daysAgo(fromDaysAgo), this.daysAgo(toDaysAgo));
  }

  /** A host name under example.org (reserved for documentation, RFC 2606) that no other demo record uses. */
  uniqueHost(base: string, alternative: string): string {
    for (const candidate of [base, `${base}-${alternative}`]) {
      if (candidate && !this.hosts.has(candidate)) {
        this.hosts.add(candidate);
        return `${candidate}.example.org`;
      }
    }
    for (let n = 2; ; n++) {
      const candidate = `${base}-${n}`;
      if (!this.hosts.has(candidate)) {
        this.hosts.add(candidate);
        return `${candidate}.example.org`;
      }
    }
  }

  /** `local@domain`, or `local2@domain`… when taken: people's e-mail addresses are unique. */
  uniqueEmail(local: string, domain: string): string {
    for (let n = 1; ; n++) {
      const email = `${local}${n === 1 ? '' : n}@${domain}`;
      if (!this.emails.has(email)) {
        this.emails.add(email);
        return email;
      }
    }
  }

  /** A phone number in the unassigned +00 range, so that no demo number reaches anyone. */
  phone(): string {
    return `+00 ${this.random.int(20, 99)} 555 ${this.random.int(1000, 9999)}`;
  }

  personName(place: DemoPlace): { firstName: string; lastName: string } {
    const names = PERSON_NAMES[place.pool.culture];
    const family = this.random.pick(names.family);
    const second = this.random.chance(names.doubleFamily) ? this.random.pick(names.family.filter((name) => name !== family)) : undefined;
    return { firstName: this.random.pick(names.given), lastName: second ? `${family} ${second}` : family };
  }
}

/** `YYYY-MM-DD` of a moment, in UTC. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/** A date as notes write it: "14 March 2025". */
export const longDate = (date: Date): string => `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;

/** The later of two moments. */
export const later = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);

/** The earlier of two moments. */
export const earlier = (a: Date, b: Date): Date => (a.getTime() <= b.getTime() ? a : b);
