import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { Affiliation } from '../../api/src/affiliations/affiliation.entity.js';
import { Country } from '../../api/src/countries/country.entity.js';
import { Organization } from '../../api/src/organizations/organization.entity.js';
import { Person } from '../../api/src/people/person.entity.js';
import { User } from '../../api/src/users/user.entity.js';
import { SCREENSHOTS, startBrowserSession, type BrowserSession } from '../support/browser.js';
import { PASSWORD } from '../support/test-app.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TITLE = 'Dialogue with the Ministry of Foreign Affairs on the Optional Protocol';
const AUTHORITY = 'Vice-minister for multilateral affairs';
const COLOMBIA = { en: 'Colombia', es: 'Colombia', fr: 'Colombie' } as const;
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** `datetime-local` text, `days` from now at `hour` o'clock in the browser's zone. */
const localInput = (days: number, hour: number): string => {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(hour)}:00`;
};

async function signIn(page: Page, baseUrl: string, email: string, locale = 'en'): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.evaluate((code) => {
    localStorage.clear();
    localStorage.setItem('coalition-crm.locale', code);
  }, locale);
  await page.reload();
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByTestId('welcome-card').waitFor();
}

describe('events and the campaign calendar in Chromium', () => {
  let s: BrowserSession;
  let page: Page;
  const problems: string[] = [];

  /** Screenshots the page at both widths and collects axe-core's critical and serious findings. */
  const capture = async (name: string): Promise<void> => {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${viewport.name}.png`), fullPage: true });
      await page.addScriptTag({ path: AXE });
      const found = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }> } }
        ).axe;
        return (await axe.run()).violations;
      });
      for (const violation of found.filter((v) => v.impact === 'critical' || v.impact === 'serious')) {
        problems.push(`${name} ${viewport.name}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }
    }
    await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
  };

  beforeAll(async () => {
    s = await startBrowserSession({ LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_EMAIL: '1000' });
    page = s.page;
    const colombia = await s.t.dataSource.getRepository(Country).findOneByOrFail({ iso3: 'COL' });
    const organization = await s.t.dataSource.getRepository(Organization).save({
      name: 'Comisión Colombiana de Juristas por los DESC',
      type: 'ngo',
      membershipStatus: 'active',
      countriesOfWork: [colombia],
      rightsFocus: ['housing'],
      languages: ['es'],
    });
    const person = await s.t.dataSource
      .getRepository(Person)
      .save({ firstName: 'Lucía', lastName: 'Ramírez', email: 'lucia@ccj.example.org', otherEmails: [], phones: [], languages: ['es'] });
    await s.t.dataSource.getRepository(Affiliation).save({ personId: person.id, organizationId: organization.id, isPrimaryContact: true, since: '2020-01-01' });
    await s.t.dataSource.getRepository(User).update({ id: s.t.users.member.id }, { personId: person.id });
  }, 120_000);
  afterAll(() => s.close());

  it('lets a member propose a national event for its country with an authority invited', async () => {
    await signIn(page, s.baseUrl, s.t.users.member.email);
    await page.goto(`${s.baseUrl}/#/events/create`);
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Country').fill('Colom');
    await page.getByRole('option', { name: /Colombia/ }).click();
    await page.getByLabel('Starts').fill(localInput(5, 9));
    await page.getByLabel('Ends').fill(localInput(5, 13));
    await page.getByLabel('Place').fill('Bogotá, Biblioteca Luis Ángel Arango');
    await page.getByLabel('A national authority takes part').check();
    await page.getByLabel('Which authority (name and office)').fill(AUTHORITY);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(AUTHORITY).waitFor();
    await expect(page.getByText('Proposed', { exact: true }).count()).resolves.toBeGreaterThan(0);
  });

  it('lets the coordinator confirm it, and shows it in the calendar', async () => {
    await signIn(page, s.baseUrl, s.t.users.coordinator.email);
    await page.goto(`${s.baseUrl}/#/events`);
    await page.getByTestId('event-calendar').getByText(TITLE).click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('Status').click();
    await page.getByRole('option', { name: 'Planned' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Planned', { exact: true }).first().waitFor();
    await page.goto(`${s.baseUrl}/#/events`);
    await page.getByTestId('event-calendar').getByText(TITLE).waitFor();
  });

  it("lists the confirmed event among the upcoming ones on Colombia's country page", async () => {
    const colombia = await s.t.dataSource.getRepository(Country).findOneByOrFail({ iso3: 'COL' });
    await page.goto(`${s.baseUrl}/#/countries/${colombia.id}/show`);
    const section = page.getByTestId('country-events');
    await section.getByText(TITLE).waitFor();
    await expect(section.getByText(/Planned/).count()).resolves.toBeGreaterThan(0);
  });

  it('shows the calendar and the event in three languages at two widths without critical or serious accessibility problems', async () => {
    // axe-core is injected as a script, which the application's Content-Security-Policy rightly refuses.
    const context = await s.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', bypassCSP: true });
    page = await context.newPage();
    for (const locale of ['en', 'es', 'fr'] as const) {
      await signIn(page, s.baseUrl, s.t.users.coordinator.email, locale);
      await page.goto(`${s.baseUrl}/#/events`);
      await page.getByTestId('event-calendar').getByText(TITLE).waitFor();
      await capture(`events-calendar-${locale}`);
      await page.getByTestId('event-calendar').getByText(TITLE).click();
      await page.getByText(AUTHORITY).waitFor();
      // The country by the name the reader's language gives it, linked to its page.
      await page.getByRole('link', { name: COLOMBIA[locale], exact: true }).waitFor();
      await capture(`events-show-${locale}`);
    }
    expect(problems).toEqual([]);
  }, 180_000);
});
