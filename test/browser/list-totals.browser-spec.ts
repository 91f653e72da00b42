import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EXACT_COUNT_LIMIT } from '../../api/src/list/list-spec.js';
import { startBrowserSession, type BrowserSession } from '../support/browser.js';

// Past EXACT_COUNT_LIMIT matches the API answers the planner's estimate; a few more rows than that are enough.
const ORGANIZATIONS = 12_000;

describe('list totals in Chromium', () => {
  let s: BrowserSession;

  beforeAll(async () => {
    s = await startBrowserSession();
    await s.t.dataSource.query(
      `INSERT INTO organizations (name, membership_status) SELECT 'Housing Rights Group ' || n, 'active' FROM generate_series(1, $1::int) AS n`,
      [ORGANIZATIONS],
    );
    await s.t.dataSource.query(`INSERT INTO organizations (name, membership_status) VALUES ('Observatorio del Agua', 'active')`);
    // The estimate comes from the table's statistics.
    await s.t.dataSource.query('ANALYZE organizations');
    await s.logIn(s.t.users.coordinator.email);
  });

  afterAll(async () => {
    await s?.close();
  });

  /** The range a list shows once it reads like `pattern` (the hash changes in place, so an earlier list's label may linger). */
  const rangeLabel = async (hash: string, pattern: RegExp): Promise<string> => {
    await s.page.goto(`${s.baseUrl}/#/${hash}`);
    const label = s.page.locator('.MuiTablePagination-displayedRows', { hasText: pattern });
    await label.waitFor({ timeout: 10_000 });
    return (await label.textContent()) ?? '';
  };
  const everything = `organizations?filter=${encodeURIComponent('{}')}`;

  it('says "about" before a total that is an estimate, and pages still go by it', async () => {
    const label = await rangeLabel(everything, /^1-25 of about /);
    const match = /^1-25 of about ([\d,]+)$/.exec(label);
    expect(match).not.toBeNull();
    const total = Number(match?.[1]?.replaceAll(',', ''));
    expect(total).toBeGreaterThan(EXACT_COUNT_LIMIT);
    expect(total).toBeLessThan(ORGANIZATIONS * 1.2);
    await s.page.getByRole('button', { name: 'Go to next page' }).click();
    await s.page.getByText(/^26-50 of about /).waitFor();
  });

  it('gives an exact total as it is', async () => {
    const label = await rangeLabel(`organizations?filter=${encodeURIComponent(JSON.stringify({ q: 'Observatorio' }))}`, /^1-1 /);
    expect(label).toBe('1-1 of 1');
  });

  it('says "about" in Spanish and French, with their own digit grouping', async () => {
    for (const [locale, pattern] of [
      ['es', /^1-25 de unos \d{2}\.\d{3}$/],
      ['fr', /^1-25 sur environ \d{2}\u202f\d{3}$/],
    ] as const) {
      await s.page.evaluate((code) => localStorage.setItem('coalition-crm.locale', code), locale);
      await s.page.reload();
      expect(await rangeLabel(everything, /^1-25 /)).toMatch(pattern);
    }
  });
});
