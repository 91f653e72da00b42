import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { auditEntityTypeOf } from '../audit/audit-ignore.decorator.js';
import { PREPARATION_LEAD_DAYS } from './task.contract.js';
import { Task } from './task.entity.js';

/** What a run of the calendar job did. */
export interface CalendarRun {
  /** Tasks added by this run; 0 when an earlier run already added them. */
  created: number;
}

/**
 * The preparation tasks of the calendar: for every state that has not
 * ratified (nor acceded to) the Optional Protocol and has an occasion within
 * the window (its Universal Periodic Review, or a Human Rights Council or
 * other intergovernmental session or a campaign day, the state's own or a
 * global one), one task per focal-point organization of that state.
 *
 * Idempotent by construction: each task's `generated_key` names the country,
 * the occasion and the organization, the key is unique, and the insert skips
 * the keys that exist (ON CONFLICT DO NOTHING), so a second run, a retried
 * job or two workers at once add nothing new. A task someone closed or
 * cancelled stays so.
 *
 * It reads the countries' treaty status, next review and focal points and the
 * events, in one statement; it writes only tasks.
 */
@Injectable()
export class TaskCalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async run(day: string, windowDays: number): Promise<CalendarRun> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{
        id: string;
        title: string;
        due_on: string;
        assignee_organization_id: string;
        country_id: string;
        source_type: string;
        source_id: string;
      }> = await manager.query(
        `WITH unratified AS (
             SELECT c.id, c.name, c.next_upr_review_at
               FROM countries c
              WHERE c.op_status NOT IN ('ratified', 'acceded')
                AND EXISTS (SELECT 1 FROM country_focal_points fp WHERE fp.country_id = c.id)),
           occasions AS (
             SELECT u.id AS country_id, 'country' AS source_type, u.id AS source_id,
                    'upr:' || u.next_upr_review_at AS occasion_key,
                    'Prepare the Universal Periodic Review of ' || u.name AS title,
                    u.next_upr_review_at AS occasion_on
               FROM unratified u
              WHERE u.next_upr_review_at BETWEEN $1::date AND $1::date + $2::int
             UNION ALL
             SELECT u.id, 'event', e.id, 'event:' || e.id,
                    left('Prepare for ' || e.title || ' (' || u.name || ')', 300),
                    (e.starts_at AT TIME ZONE e.time_zone)::date
               FROM events e
               JOIN unratified u ON e.country_id = u.id OR e.country_id IS NULL
              WHERE e.type IN ('intergovernmental_session', 'campaign_day')
                AND e.status IN ('proposed', 'planned')
                AND e.starts_at >= $1::date - interval '1 day'
                AND e.starts_at < $1::date + ($2::int + 2) * interval '1 day'
                AND (e.starts_at AT TIME ZONE e.time_zone)::date BETWEEN $1::date AND $1::date + $2::int)
           INSERT INTO tasks (title, due_on, status, origin, assignee_organization_id, country_id, source_type, source_id, generated_key)
           SELECT o.title, greatest($1::date, o.occasion_on - $3::int), 'open', 'calendar', fp.organization_id, o.country_id,
                  o.source_type, o.source_id, 'calendar:' || o.country_id || ':' || o.occasion_key || ':' || fp.organization_id
             FROM occasions o
             JOIN country_focal_points fp ON fp.country_id = o.country_id
           ON CONFLICT (generated_key) DO NOTHING
           RETURNING id, title, due_on::text, assignee_organization_id, country_id, source_type, source_id`,
        [day, windowDays, PREPARATION_LEAD_DAYS],
      );
      if (rows.length > 0) {
        await this.audit.record(
          manager,
          rows.map((row) => ({
            action: 'create' as const,
            entityType: auditEntityTypeOf(Task),
            entityId: row.id,
            changes: {
              title: { before: null, after: row.title },
              dueOn: { before: null, after: row.due_on },
              origin: { before: null, after: 'calendar' },
              assigneeOrganizationId: { before: null, after: row.assignee_organization_id },
              countryId: { before: null, after: row.country_id },
              sourceType: { before: null, after: row.source_type },
              sourceId: { before: null, after: row.source_id },
            },
          })),
        );
      }
      return { created: rows.length };
    });
  }
}
