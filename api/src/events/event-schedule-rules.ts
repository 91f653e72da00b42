import { DomainException, dateOrder } from '../common/domain.exception.js';

/** Whether `zone` is an IANA time zone the runtime knows (its tz database is the one the feed's readers use). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** An event ends when or after it starts, in a known time zone. */
export function assertSchedule(startsAt: Date, endsAt: Date, timeZone: string): void {
  if (!isTimeZone(timeZone))
    throw new DomainException('bad_time_zone', { field: 'timeZone' }, 'timeZone must be an IANA time zone, e.g. Europe/Madrid', 'timeZone');
  if (Number.isNaN(startsAt.getTime())) throw new DomainException('bad_date_time', { field: 'startsAt' }, 'startsAt is not a valid date and time', 'startsAt');
  if (Number.isNaN(endsAt.getTime())) throw new DomainException('bad_date_time', { field: 'endsAt' }, 'endsAt is not a valid date and time', 'endsAt');
  if (endsAt < startsAt) throw dateOrder('startsAt', 'endsAt');
}
