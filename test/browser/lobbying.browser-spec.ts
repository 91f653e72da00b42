import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { Country } from '../../api/src/countries/country.entity.js';
import { Organization } from '../../api/src/organizations/organization.entity.js';
import { SCREENSHOTS, startBrowserSession, type BrowserSession } from '../support/browser.js';
import { PASSWORD } from '../support/test-app.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const LETTER = 'Letter asking Colombia to ratify the Optional Protocol';
const OVERDUE = 'Call the ministry’s legal adviser again';
const ORG_1 = 'Comisión Colombiana de Juristas por los DESC';
const ORG_2 = 'Red Colombiana por el Derecho a la Vivienda';
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

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

describe('lobbying actions, their follow-up and My tasks in Chromium', () => {
  let s: BrowserSession;
  let page: Page;
  let colombiaId: string;
  let ministryId: string;
  const problems: string[] = [];

  /** Screenshots the page at both widths and collects axe-core's critical and serious findings. */
  const capture = async (name: string, within?: string): Promise<void> => {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-${viewport.name}.png`), fullPage: true });
      await page.addScriptTag({ path: AXE });
      const found = await page.evaluate(async (context) => {
        const axe = (
          window as unknown as {
            axe: { run(context?: string): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }> };
          }
        ).axe;
        return (await (context ? axe.run(context) : axe.run())).violations;
      }, within);
      for (const violation of found.filter((v) => v.impact === 'critical' || v.impact === 'serious')) {
        problems.push(`${name} ${viewport.name}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }
    }
    await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
  };

  beforeAll(async () => {
    s = await startBrowserSession({ LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_EMAIL: '1000' });
    const colombia = await s.t.dataSource.getRepository(Country).findOneByOrFail({ iso3: 'COL' });
    colombiaId = colombia.id;
    for (const name of [ORG_1, ORG_2]) {
      await s.t.dataSource
        .getRepository(Organization)
        .save({ name, type: 'ngo', membershipStatus: 'active', countriesOfWork: [colombia], rightsFocus: ['housing'], languages: ['es'] });
    }
    const token = await s.t.tokenFor('coordinator');
    const ministry = await request(s.t.http)
      .post('/api/authorities')
      .set('Authorization', `Bearer ${token}`)
      .send({
        countryId: colombiaId,
        institution: 'foreign_affairs',
        postTitle: 'Minister of Foreign Affairs',
        holderName: 'Rosa Villamil',
        stance: 'undecided',
      })
      .expect(201);
    ministryId = (ministry.body as { id: string }).id;
    // An older task of the coordinator's, already overdue: it must come first.
    await request(s.t.http)
      .post('/api/tasks')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: OVERDUE, dueOn: day(-3), countryId: colombiaId })
      .expect(201);
  }, 120_000);
  afterAll(() => s.close());

  it('lets the coordinator log a letter to the Ministry of Foreign Affairs co-signed by two member organizations, with a follow-up date', async () => {
    page = s.page;
    await signIn(page, s.baseUrl, s.t.users.coordinator.email);
    await page.goto(`${s.baseUrl}/#/lobbying-actions/create`);
    await page.getByLabel('Type').click();
    await page.getByRole('option', { name: 'Letter' }).click();
    await page.getByLabel('Subject').fill(LETTER);
    await page.getByLabel('Country').fill('Colom');
    await page.getByRole('option', { name: /Colombia/ }).click();
    await page.locator('input[name="occurredOn"]').fill(day(-1));
    await page.getByLabel('Status').click();
    await page.getByRole('option', { name: 'Awaiting response' }).click();
    await page.getByLabel('Authorities addressed').fill('Minister');
    await page.getByRole('option', { name: /Minister of Foreign Affairs/ }).click();
    for (const name of [ORG_1, ORG_2]) {
      await page.getByLabel('Organizations involved (co-signatories)').fill(name.slice(0, 12));
      await page.getByRole('option', { name }).click();
    }
    await page.getByLabel('Ratify the Protocol').check();
    await page.locator('input[name="followUpAt"]').fill(day(12));
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('held by Rosa Villamil then', { exact: false }).waitFor();
    await expect(page.getByText(ORG_1).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText(ORG_2).count()).resolves.toBeGreaterThan(0);
  });

  it('puts its follow-up task on the home page, after the overdue one, and marks a task done from there', async () => {
    await page.goto(`${s.baseUrl}/#/`);
    const card = page.getByTestId('my-tasks');
    await card.getByText(LETTER).waitFor();
    const titles = await card.getByTestId('my-task').allInnerTexts();
    expect(titles.length).toBe(2);
    expect(titles[0]).toContain(OVERDUE);
    expect(titles[0]).toContain('Overdue');
    expect(titles[1]).toContain(LETTER);
    expect(titles[1]).not.toContain('Overdue');
    await card.getByRole('button', { name: `Mark “${OVERDUE}” done` }).click();
    await card.getByText(OVERDUE).waitFor({ state: 'detached' });
    await expect(card.getByTestId('my-task').count()).resolves.toBe(1);
  });

  it("shows the letter in Colombia's lobbying history and its task on the country page", async () => {
    await page.goto(`${s.baseUrl}/#/countries/${colombiaId}/show`);
    await page.getByTestId('country-lobbying').getByText(LETTER).waitFor();
    await page
      .getByTestId('country-authorities')
      .getByText(/Minister of Foreign Affairs/)
      .waitFor();
    await page.getByTestId('country-tasks').getByText(LETTER).waitFor();
  });

  it('shows the screens in English and Spanish at two widths without critical or serious accessibility problems', async () => {
    const context = await s.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', bypassCSP: true });
    page = await context.newPage();
    for (const locale of ['en', 'es']) {
      await signIn(page, s.baseUrl, s.t.users.coordinator.email, locale);
      await page.getByTestId('my-tasks').getByText(LETTER).waitFor();
      // The home page's other cards are checked by their own suites: this one checks the tasks card.
      await capture(`lobbying-home-${locale}`, '[data-testid="my-tasks"]');
      await page.goto(`${s.baseUrl}/#/lobbying-actions`);
      await page.getByText(LETTER).first().waitFor();
      await capture(`lobbying-list-${locale}`);
      await page.goto(`${s.baseUrl}/#/lobbying-actions/create`);
      await page.locator('form').waitFor();
      await capture(`lobbying-create-${locale}`);
      await page.goto(`${s.baseUrl}/#/authorities/${ministryId}/show`);
      await page.getByTestId('authority-holders').getByText('Rosa Villamil').waitFor();
      await capture(`authority-show-${locale}`);
      await page.goto(`${s.baseUrl}/#/countries/${colombiaId}/show`);
      await page.getByTestId('country-lobbying').getByText(LETTER).waitFor();
      await capture(`country-lobbying-${locale}`);
    }
    expect(problems).toEqual([]);
  }, 600_000);
});
