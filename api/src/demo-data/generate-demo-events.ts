import type { DemoContext } from './demo-context.js';
import type { DemoCountryRow, DemoEvent, DemoOrganization } from './demo-data.types.js';

const DAY = 86_400_000;

/** Countries of the demo's national events, with the zone their capital keeps. */
const EVENT_PLACES: ReadonlyArray<{ iso3: string; timeZone: string; city: string }> = [
  { iso3: 'ARG', timeZone: 'America/Argentina/Buenos_Aires', city: 'Buenos Aires' },
  { iso3: 'COL', timeZone: 'America/Bogota', city: 'Bogotá' },
  { iso3: 'KEN', timeZone: 'Africa/Nairobi', city: 'Nairobi' },
  { iso3: 'SEN', timeZone: 'Africa/Dakar', city: 'Dakar' },
  { iso3: 'PHL', timeZone: 'Asia/Manila', city: 'Quezon City' },
  { iso3: 'NPL', timeZone: 'Asia/Kathmandu', city: 'Kathmandu' },
  { iso3: 'MEX', timeZone: 'America/Mexico_City', city: 'Ciudad de México' },
  { iso3: 'ZAF', timeZone: 'Africa/Johannesburg', city: 'Johannesburg' },
];

const TITLES: readonly string[] = [
  'Round table with parliamentarians on the Optional Protocol',
  'Public hearing: economic, social and cultural rights before the courts',
  'Briefing for the Ministry of Foreign Affairs on ratification',
  'Workshop for lawyers on the complaint procedure of the OP-ICESCR',
  'Human Rights Day forum with the national human rights institution',
];

/** The UTC instant of a local wall-clock time in `timeZone` (exact outside the hour of a clock change). */
export function zonedInstant(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const guess = new Date(Date.UTC(year, month - 1, day, hour));
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
      .formatToParts(guess)
      .map((part) => [part.type, Number(part.value)]),
  );
  const shown = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  return new Date(guess.getTime() - (shown - guess.getTime()));
}

/**
 * A few national events organized by member organizations: held ones in the
 * past months with their outcome, planned and proposed ones to come, some
 * with a national authority taking part.
 */
export function generateEvents(context: DemoContext, countries: readonly DemoCountryRow[], organizations: readonly DemoOrganization[]): DemoEvent[] {
  const events: DemoEvent[] = [];
  for (const [index, place] of EVENT_PLACES.entries()) {
    const country = countries.find((row) => row.iso3 === place.iso3);
    const organizer =
      country && organizations.find((organization) => organization.membershipStatus === 'active' && organization.countryOfWorkIds.includes(country.id));
    if (!country || !organizer) continue;
    const day = new Date(context.now.getTime() + context.random.int(-120, 120) * DAY);
    const startsAt = zonedInstant(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), 10, place.timeZone);
    const past = startsAt < context.now;
    const authority = context.random.chance(0.5);
    events.push({
      id: context.random.uuid(),
      title: TITLES[index % TITLES.length],
      type: 'national_event',
      status: past ? 'held' : context.random.chance(0.5) ? 'planned' : 'proposed',
      countryId: country.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
      timeZone: place.timeZone,
      location: place.city,
      governmentAuthorityPresent: authority,
      governmentAuthority: authority ? 'Representative of the Ministry of Foreign Affairs' : null,
      outcomeReport: past ? 'The officials present agreed to send the Optional Protocol to the legal department for an opinion on ratification.' : null,
      attendance: past ? context.random.int(15, 120) : null,
      proposedByOrganizationId: organizer.id,
      organizerIds: [organizer.id],
      createdAt: new Date(startsAt.getTime() - 30 * DAY),
    });
  }
  return events;
}
