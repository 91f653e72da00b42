import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CorrectOpIcescrStatus1764100000001 } from '../../migrations/1764100000001-CorrectOpIcescrStatus.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Facts {
  iso3: string;
  op_status: string;
  op_ratified_at: string | null;
}

/**
 * An installation loaded from the first reference data (Serbia, South Sudan
 * and San Marino without their accession) is brought up to date by the
 * correction migration, which leaves alone what a user corrected by hand.
 */
describe('the OP-ICESCR status correction', () => {
  let t: TestApp;
  const facts = async (): Promise<Facts[]> =>
    t.dataSource.query(`SELECT iso3, op_status, op_ratified_at::text FROM countries WHERE iso3 IN ('SMR', 'SRB', 'SSD') ORDER BY iso3`);
  const history = async (): Promise<Array<{ iso3: string; field: string; from_value: string | null; to_value: string; source: string }>> =>
    t.dataSource.query(
      `SELECT c.iso3, h.field, h.from_value, h.to_value, h.source FROM country_status_changes h JOIN countries c ON c.id = h.country_id ORDER BY c.iso3, h.field`,
    );

  beforeAll(async () => {
    t = await startTestApp();
    // Back to the first load: the three states had no Optional Protocol status.
    await t.dataSource.query(`UPDATE countries SET op_status = 'none', op_ratified_at = NULL WHERE iso3 IN ('SMR', 'SRB', 'SSD')`);
    await t.dataSource.query(`DELETE FROM country_status_changes`);
    // Since then, a coordinator dated San Marino's accession from another record.
    await t.dataSource.query(`UPDATE countries SET op_status = 'acceded', op_ratified_at = '2015-08-05' WHERE iso3 = 'SMR'`);
    const runner = t.dataSource.createQueryRunner();
    try {
      await new CorrectOpIcescrStatus1764100000001().up(runner);
    } finally {
      await runner.release();
    }
  });
  afterAll(() => t.close());

  it('applies the corrected facts to rows that still hold the first values', async () => {
    expect(await facts()).toEqual([
      { iso3: 'SMR', op_status: 'acceded', op_ratified_at: '2015-08-05' },
      { iso3: 'SRB', op_status: 'acceded', op_ratified_at: '2023-09-22' },
      { iso3: 'SSD', op_status: 'acceded', op_ratified_at: '2024-02-05' },
    ]);
  });

  it('records each applied change as a status change naming its source, and none for the hand-corrected row', async () => {
    const rows = await history();
    expect(rows.map(({ iso3, field, from_value, to_value }) => ({ iso3, field, from_value, to_value }))).toEqual([
      { iso3: 'SRB', field: 'opRatifiedAt', from_value: null, to_value: '2023-09-22' },
      { iso3: 'SRB', field: 'opStatus', from_value: 'none', to_value: 'acceded' },
      { iso3: 'SSD', field: 'opRatifiedAt', from_value: null, to_value: '2024-02-05' },
      { iso3: 'SSD', field: 'opStatus', from_value: 'none', to_value: 'acceded' },
    ]);
    expect(rows.filter((row) => row.iso3 === 'SSD').every((row) => row.source.includes('29th State party to the Optional Protocol'))).toBe(true);
    expect(rows.filter((row) => row.iso3 === 'SRB').every((row) => row.source.includes('a11initiative.org'))).toBe(true);
  });

  it('leaves the counts of the UN header: 29 parties, 24 signatories only', async () => {
    const [counts] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE op_status IN ('ratified', 'acceded'))::int AS parties, count(*) FILTER (WHERE op_status = 'signed')::int AS signed FROM countries`,
    );
    expect(counts).toEqual({ parties: 29, signed: 24 });
  });

  it('changes nothing when run again', async () => {
    const runner = t.dataSource.createQueryRunner();
    try {
      await new CorrectOpIcescrStatus1764100000001().up(runner);
    } finally {
      await runner.release();
    }
    expect(await history()).toHaveLength(4);
  });
});
