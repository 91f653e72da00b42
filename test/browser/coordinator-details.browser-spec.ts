import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { startBrowserSession, type BrowserSession } from '../support/browser.js';
import { setUpCoalition, type Coalition } from '../support/coalition.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** What a coordinator noticed: changes named by their record, never an id on screen; pages of 100 rows. */
describe('details a coordinator relies on', () => {
  let s: BrowserSession;
  let c: Coalition;
  let page: Page;

  const open = (path: string, locale = 'en'): Promise<void> => s.openAs(c.emails.coordinator, path, locale, page);

  beforeAll(async () => {
    s = await startBrowserSession({ LOGIN_LIMIT_PER_IP: '10000', LOGIN_LIMIT_PER_EMAIL: '10000' });
    c = await setUpCoalition(s.t);
    page = s.page;
    const [kenya] = await s.t.dataSource.query<Array<{ id: string }>>("SELECT id FROM countries WHERE iso3 = 'KEN'");
    // A change made through the API, so that the audit trail records it with its author.
    const organization = await request(s.t.http).get(`/api/organizations/${c.ids.orgB}`).set(c.headers('coordinator')).expect(200);
    await request(s.t.http)
      .put(`/api/organizations/${c.ids.orgB}`)
      .set(c.headers('coordinator'))
      .send({ ...organization.body, name: 'Food First Network Global', headquartersCountryId: kenya.id })
      .expect(200);
  });
  afterAll(async () => {
    await s.close();
  });

  it('names the changed record in the dashboard’s latest changes', async () => {
    await open('/');
    const latest = page.getByTestId('latest-changes');
    await latest.getByText('Food First Network Global').first().waitFor();
    await s.shot('coordinator-details-latest-changes');
    expect(await latest.innerText()).not.toMatch(UUID);
  });

  it('shows the audit trail with record names, no ids', async () => {
    await open('/audit-entries', 'es');
    await page.getByRole('cell', { name: 'Food First Network Global' }).first().waitFor();
    await s.shot('coordinator-details-audit-es');
    expect(await page.locator('main').innerText()).not.toMatch(UUID);
  });

  it('opens the row’s organization when its country is clicked, not the country', async () => {
    await open('/organizations');
    const row = page.getByRole('row', { name: /Food First Network Global/ });
    await row.getByText('Kenya').click();
    await page.waitForURL(new RegExp(`#/organizations/${c.ids.orgB}/show$`));
  });

  it('offers pages of 100 rows', async () => {
    await open('/organizations');
    await page.getByRole('cell', { name: 'Food First Network Global' }).first().waitFor();
    await page.getByRole('combobox', { name: /Rows per page/ }).click();
    await page.getByRole('option', { name: '100' }).click();
    await page.waitForURL(/perPage=100/);
  });
});
