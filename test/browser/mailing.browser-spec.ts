import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, startBrowserSession, type BrowserSession } from '../support/browser.js';
import { PASSWORD } from '../support/test-app.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

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

describe('mailing lists in Chromium', () => {
  let s: BrowserSession;
  let page: Page;
  const problems: string[] = [];

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
    page = await (await s.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', bypassCSP: true })).newPage();
    const [person] = await s.t.dataSource.query<{ id: string }[]>(
      `INSERT INTO people (first_name, last_name, email, consent_at, consent_source) VALUES ('Lucía', 'Ramírez', 'lucia@ccj.example.org', now(), 'form') RETURNING id`,
    );
    await s.t.dataSource.query(`UPDATE users SET person_id = $1 WHERE id = $2`, [person?.id, s.t.users.member.id]);
  }, 120_000);
  afterAll(() => s.close());

  it('lets the coordinator create a list and says that sync is not configured', async () => {
    await signIn(page, s.baseUrl, s.t.users.coordinator.email);
    await page.goto(`${s.baseUrl}/#/mailing-lists/create`);
    await page.getByLabel('Name').fill('Members (Spanish)');
    await page.getByLabel('Key at the provider').fill('members-es');
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'Spanish' }).click();
    await page.getByRole('combobox', { name: 'Audience' }).click();
    await page.getByRole('option', { name: 'Members', exact: true }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('members-es').first().waitFor();
    await page.goto(`${s.baseUrl}/#/mailing-lists`);
    await page.getByTestId('sync-not-configured').waitFor();
    await capture('mailing-lists-en');
  });

  it('lets a member join the list from My profile', async () => {
    await signIn(page, s.baseUrl, s.t.users.member.email);
    await page.goto(`${s.baseUrl}/#/my-profile`);
    const panel = page.getByTestId('my-subscriptions');
    await panel.getByText('Members (Spanish)').waitFor();
    await panel.getByLabel('Members (Spanish)').check();
    await page.getByText('You joined Members (Spanish).').waitFor();
    const rows = await s.t.dataSource.query<{ status: string }[]>(`SELECT status FROM subscriptions`);
    expect(rows).toEqual([{ status: 'subscribed' }]);
    await capture('my-subscriptions-en');
  });

  it('shows the subscription and its sync state to the coordinator, in Spanish', async () => {
    await signIn(page, s.baseUrl, s.t.users.coordinator.email, 'es');
    await page.goto(`${s.baseUrl}/#/subscriptions`);
    await page.getByText('Lucía Ramírez').waitFor();
    await page.getByText('Sin configurar').first().waitFor();
    await capture('subscriptions-es');
    await page.goto(`${s.baseUrl}/#/mailing-lists`);
    await page.getByTestId('sync-not-configured').waitFor();
    await capture('mailing-lists-es');
    expect(problems).toEqual([]);
  });
});
