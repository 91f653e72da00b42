import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** One person of a batch, already checked; a field left out is not written (an update keeps the stored value). */
export interface PersonBatchRecord {
  id: string;
  firstName: string;
  lastName: string;
  email?: string;
  otherEmails?: string[];
  phones?: string[];
  jobTitle?: string;
  countryId?: string;
  languages?: string[];
}

const RECORDSET = `jsonb_to_recordset($1::jsonb) AS r(id uuid, first_name text, last_name text, email text, other_emails text[],
                                                 phones text[], job_title text, country_id uuid, languages text[])`;

/**
 * Writes people by the thousand for imports, with one statement per batch.
 * Rows written this way bypass the audit subscriber: the import records a summary entry.
 */
@Injectable()
export class PersonBatchService {
  /** The ids of the people holding these (lower-case) primary e-mails, by e-mail. */
  async idsByEmail(manager: EntityManager, emails: readonly string[]): Promise<Map<string, string>> {
    if (emails.length === 0) return new Map();
    const found: Array<{ id: string; email: string }> = await manager.query(
      `SELECT id, lower(email) AS email FROM people WHERE lower(email) = ANY($1::text[])`,
      [emails],
    );
    return new Map(found.map((person) => [person.email, person.id]));
  }

  /** Which of these ids are people's. */
  async existingIds(manager: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const found: Array<{ id: string }> = await manager.query(`SELECT id::text AS id FROM people WHERE id = ANY($1::uuid[])`, [ids]);
    return new Set(found.map((person) => person.id));
  }

  async insertMany(manager: EntityManager, records: readonly PersonBatchRecord[]): Promise<void> {
    if (records.length === 0) return;
    await manager.query(
      `INSERT INTO people (id, first_name, last_name, email, other_emails, phones, job_title, country_id, languages)
       SELECT r.id, r.first_name, r.last_name, r.email, coalesce(r.other_emails, '{}'), coalesce(r.phones, '{}'),
              r.job_title, r.country_id, coalesce(r.languages, '{}')
         FROM ${RECORDSET}`,
      [JSON.stringify(records.map(columnsOf))],
    );
  }

  /** A record found by its e-mail gives that same e-mail; one found by its id may give a new one (the caller checks it is free). */
  async updateMany(manager: EntityManager, records: readonly PersonBatchRecord[]): Promise<void> {
    if (records.length === 0) return;
    await manager.query(
      `UPDATE people p
          SET first_name = r.first_name, last_name = r.last_name, email = coalesce(r.email, p.email),
              other_emails = coalesce(r.other_emails, p.other_emails), phones = coalesce(r.phones, p.phones),
              job_title = coalesce(r.job_title, p.job_title), country_id = coalesce(r.country_id, p.country_id),
              languages = coalesce(r.languages, p.languages), updated_at = now()
         FROM ${RECORDSET}
        WHERE p.id = r.id`,
      [JSON.stringify(records.map(columnsOf))],
    );
  }
}

/** A record as the SQL recordset reads it; fields left out are read as NULL. */
function columnsOf(record: PersonBatchRecord): Record<string, unknown> {
  return {
    id: record.id,
    first_name: record.firstName,
    last_name: record.lastName,
    email: record.email,
    other_emails: record.otherEmails,
    phones: record.phones,
    job_title: record.jobTitle,
    country_id: record.countryId,
    languages: record.languages,
  };
}
