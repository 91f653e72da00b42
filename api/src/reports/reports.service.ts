import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainException, dateOrder } from '../common/domain.exception.js';
import {
  countryByIso3Within,
  countryFiguresWithin,
  lastPublicChangeWithin,
  statusChangesWithin,
  treatyYearsWithin,
  type CountryFigure,
} from '../countries/country-figures.js';
import { REGIONS } from '../countries/country.contract.js';
import { countryEventsWithin, sessionsOfCountriesWithin } from '../events/event-figures.js';
import { countryActionsWithin } from '../lobbying-actions/lobbying-figures.js';
import { countryMembersWithin } from '../organizations/member-figures.js';
import { countryStepsWithin, pipelineCountsWithin } from '../ratification-steps/pipeline-figures.js';
import { RATIFICATION_STAGES } from '../ratification-steps/ratification-step.contract.js';
import { activeCountriesWithin, activityWithin, membersPerCountryWithin, type ActivityFigures } from './activity-counts.js';
import { FOLLOW_UP_SOURCES } from './activity-sources.js';
import type { CountryReportDto } from './dto/country-report-response.dto.js';
import type { ActivityCountsDto, ActivityMonthDto, CountryRefDto, OpStatusCountsDto, ReportOverviewDto } from './dto/overview-response.dto.js';
import type { PublicMapSummaryDto } from './dto/public-map-summary.dto.js';
import type { CountryReportQueryDto, ReportQueryDto } from './dto/report-query.dto.js';
import {
  ACTIVITY_KINDS,
  addDays,
  COUNTRY_REPORT_ITEMS,
  daysBetween,
  DEFAULT_PERIOD_DAYS,
  MAX_PERIOD_DAYS,
  NO_ACTIVITY_DAYS,
  UPCOMING_DAYS,
  type ActivityKind,
  type FigurePeriod,
} from './report.contract.js';

/** A report's period: its first and last day, and the day after the last (the end of the half-open range the queries use). */
export interface ReportPeriod {
  from: string;
  to: string;
  until: string;
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** The period a query asks for, with the defaults filled in; a contradictory one is refused naming the field. */
export function resolvePeriod(query: { from?: string; to?: string }): ReportPeriod {
  const to = query.to ?? today();
  const from = query.from ?? addDays(to, 1 - DEFAULT_PERIOD_DAYS);
  if (from > to) throw dateOrder('from', 'to', 'from must not be after to', 'from');
  if (daysBetween(from, to) > MAX_PERIOD_DAYS) {
    throw new DomainException(
      'period_too_long',
      { field: 'from', days: MAX_PERIOD_DAYS },
      `the period from ${from} to ${to} is longer than ${MAX_PERIOD_DAYS} days`,
      'from',
    );
  }
  return { from, to, until: addDays(to, 1) };
}

const zeroStatus = (): OpStatusCountsDto => ({ none: 0, signed: 0, ratified: 0, acceded: 0 });
const zeroActivity = (): ActivityCountsDto => ({ events: 0, lobbyingActions: 0, testimonies: 0, total: 0 });
const countedActivity = (): ActivityKind[] => [...ACTIVITY_KINDS];

function addActivity(into: ActivityCountsDto, kind: ActivityKind, count: number): void {
  into[kind] += count;
  into.total += count;
}

const refOf = (country: CountryFigure): CountryRefDto => ({
  id: country.id,
  iso3: country.iso3,
  name: country.name,
  nameEs: country.nameEs,
  nameFr: country.nameFr,
  region: country.region,
  opStatus: country.opStatus,
});

const notRatified = (country: CountryFigure): boolean => country.opStatus === 'none' || country.opStatus === 'signed';

/**
 * The steering committee's reports. Activity and member counts come from the
 * reports' own count tables, which triggers keep exact (activity-counts.ts);
 * every other figure is an SQL aggregate read through its owning feature's
 * figure functions (countries, organizations, events, ratification steps,
 * lobbying actions). Nothing here writes.
 */
@Injectable()
export class ReportsService {
  /** Country ids by ISO alpha-3 code, as found by earlier country reports. */
  private readonly countryIds = new Map<string, string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async overview(query: ReportQueryDto): Promise<ReportOverviewDto> {
    const period = resolvePeriod(query);
    const region = query.region ?? null;
    const manager = this.dataSource.manager;
    const figurePeriod: FigurePeriod = { from: period.from, until: period.until, region, countryId: null };
    const now = today();
    const [countries, members, years, pipeline, activity, active, followUps] = await Promise.all([
      countryFiguresWithin(manager, region),
      membersPerCountryWithin(manager, region),
      treatyYearsWithin(manager, region),
      pipelineCountsWithin(manager, region),
      activityWithin(manager, figurePeriod),
      activeCountriesWithin(manager, { ...figurePeriod, from: addDays(period.until, -NO_ACTIVITY_DAYS) }),
      Promise.all(FOLLOW_UP_SOURCES.map((source) => source(manager, now, region))),
    ]);

    const membersOf = new Map(members.map((row) => [row.countryId, row.members]));
    const activityOf = new Map(countries.map((country) => [country.id, zeroActivity()]));
    for (const row of activity.perCountry) {
      const figures = activityOf.get(row.countryId);
      if (figures) addActivity(figures, row.kind, row.count);
    }

    const sessions = await sessionsOfCountriesWithin(
      manager,
      countries.filter(notRatified).map((country) => country.id),
      now,
      addDays(now, UPCOMING_DAYS),
    );

    const countriesByOpStatus = zeroStatus();
    const regions = new Map<string, { countriesByOpStatus: OpStatusCountsDto; members: number; activity: ActivityCountsDto }>();
    const total = zeroActivity();
    for (const country of countries) {
      countriesByOpStatus[country.opStatus] += 1;
      const figures = regions.get(country.region) ?? { countriesByOpStatus: zeroStatus(), members: 0, activity: zeroActivity() };
      regions.set(country.region, figures);
      figures.countriesByOpStatus[country.opStatus] += 1;
      figures.members += membersOf.get(country.id) ?? 0;
      const activity = activityOf.get(country.id) ?? zeroActivity();
      for (const kind of countedActivity()) {
        addActivity(figures.activity, kind, activity[kind]);
        addActivity(total, kind, activity[kind]);
      }
    }

    const byId = new Map(countries.map((country) => [country.id, country]));
    return {
      period: { from: period.from, to: period.to },
      region,
      generatedAt: new Date().toISOString(),
      countedActivity: countedActivity(),
      countriesByOpStatus,
      byRegion: REGIONS.filter((name) => regions.has(name)).map((name) => ({
        region: name,
        ...(regions.get(name) ?? { countriesByOpStatus: zeroStatus(), members: 0, activity: zeroActivity() }),
      })),
      treatyTimeline: years,
      countries: countries.map((country) => ({
        ...refOf(country),
        members: membersOf.get(country.id) ?? 0,
        activity: activityOf.get(country.id) ?? zeroActivity(),
      })),
      activity: total,
      activityTrend: mergeMonths(activity),
      noActivity: countries
        .filter((country) => (membersOf.get(country.id) ?? 0) > 0 && !active.has(country.id))
        .map((country) => ({ ...refOf(country), members: membersOf.get(country.id) ?? 0 })),
      upcomingReviews: countries
        .filter(
          (country) =>
            notRatified(country) && country.nextUprReviewAt !== null && country.nextUprReviewAt >= now && country.nextUprReviewAt < addDays(now, UPCOMING_DAYS),
        )
        .sort((a, b) => (a.nextUprReviewAt ?? '').localeCompare(b.nextUprReviewAt ?? ''))
        .map((country) => ({ ...refOf(country), nextUprReviewAt: country.nextUprReviewAt ?? '' })),
      upcomingSessions: sessions.flatMap((session) => {
        const country = byId.get(session.countryId);
        return country ? [{ eventId: session.id, title: session.title, startsAt: new Date(session.startsAt).toISOString(), country: refOf(country) }] : [];
      }),
      overdueFollowUps: followUps.flat().sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
      pipeline: RATIFICATION_STAGES.map((stage) => {
        const count = (status: string): number => pipeline.find((row) => row.stage === stage && row.status === status)?.countries ?? 0;
        return { stage, done: count('done'), expected: count('expected'), stalled: count('stalled') };
      }),
    };
  }

  /** Everything about one country for a steering meeting; 404 when no country has this code. */
  async country(iso3: string, query: CountryReportQueryDto): Promise<CountryReportDto> {
    if (!/^[A-Za-z]{3}$/.test(iso3)) throw new DomainException('bad_country_code', { field: 'iso3' }, 'iso3 must be three letters (ISO 3166 alpha-3)', 'iso3');
    const period = resolvePeriod(query);
    const manager = this.dataSource.manager;
    const code = iso3.toUpperCase();
    // A country's id never changes: once known, the report's reads start together with the country's own row.
    let countryId = this.countryIds.get(code);
    if (countryId === undefined) {
      countryId = (await countryByIso3Within(manager, code))?.id;
      if (countryId === undefined) throw new DomainException('unknown_country_code', { iso3: code }, `No country has the code ${code}`);
      this.countryIds.set(code, countryId);
    }
    const figurePeriod: FigurePeriod = { from: period.from, until: period.until, region: null, countryId };
    const [country, history, steps, events, members, figures, active, actions] = await Promise.all([
      countryByIso3Within(manager, code),
      statusChangesWithin(manager, countryId, COUNTRY_REPORT_ITEMS),
      countryStepsWithin(manager, countryId),
      countryEventsWithin(manager, countryId, COUNTRY_REPORT_ITEMS),
      countryMembersWithin(manager, countryId),
      activityWithin(manager, figurePeriod),
      activeCountriesWithin(manager, { ...figurePeriod, from: addDays(period.until, -NO_ACTIVITY_DAYS) }),
      countryActionsWithin(manager, countryId, COUNTRY_REPORT_ITEMS),
    ]);
    if (!country || country.id !== countryId) {
      this.countryIds.delete(code);
      throw new DomainException('unknown_country_code', { iso3: code }, `No country has the code ${code}`);
    }
    const activity = zeroActivity();
    for (const row of figures.perCountry) addActivity(activity, row.kind, row.count);
    return {
      period: { from: period.from, to: period.to },
      generatedAt: new Date().toISOString(),
      countedActivity: countedActivity(),
      country: {
        id: country.id,
        iso3: country.iso3,
        iso2: country.iso2,
        name: country.name,
        nameEs: country.nameEs,
        nameFr: country.nameFr,
        region: country.region,
        subregion: country.subregion,
        icescrParty: country.icescrParty,
        opStatus: country.opStatus,
        opSignedAt: country.opSignedAt,
        opRatifiedAt: country.opRatifiedAt,
        art10Declaration: country.art10Declaration,
        art11Declaration: country.art11Declaration,
        governmentPosition: country.governmentPosition,
        nextUprReviewAt: country.nextUprReviewAt,
        regionalMechanisms: country.regionalMechanisms,
        statusSource: country.statusSource,
      },
      activity,
      activityTrend: mergeMonths(figures),
      activeInLast90Days: active.has(country.id),
      history: history.map((change) => ({ ...change, at: new Date(change.at).toISOString() })),
      steps,
      actions,
      events: events.map((event) => ({ ...event, startsAt: new Date(event.startsAt).toISOString() })),
      members,
    };
  }

  /** What the public map says besides the countries: counts per status and when the public facts last changed. */
  async publicSummary(): Promise<PublicMapSummaryDto> {
    const manager = this.dataSource.manager;
    const [countries, lastChange] = await Promise.all([countryFiguresWithin(manager, null), lastPublicChangeWithin(manager)]);
    const countriesByOpStatus = zeroStatus();
    for (const country of countries) countriesByOpStatus[country.opStatus] += 1;
    return { countriesByOpStatus, countries: countries.length, lastUpdatedAt: lastChange ? new Date(lastChange).toISOString() : null };
  }
}

/** The months of the period, every kind side by side, in order. */
function mergeMonths(figures: ActivityFigures): ActivityMonthDto[] {
  const months = new Map<string, ActivityMonthDto>();
  for (const row of figures.perMonth) {
    const month = months.get(row.month) ?? { month: row.month, events: 0, lobbyingActions: 0, testimonies: 0 };
    month[row.kind] += row.count;
    months.set(row.month, month);
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}
