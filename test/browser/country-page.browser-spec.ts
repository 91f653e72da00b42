import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { startBrowserSession, SCREENSHOTS, type BrowserSession } from '../support/browser.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const LOCALES = ['en', 'es', 'fr'] as const;
type Locale = (typeof LOCALES)[number];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const COMMUNIQUE = 'Council of Ministers communiqué of 10 February 2026 (governo.example.ao/comunicados/2026-02-10)';
const MEETING = 'Meeting of the national coalition with the Ministry of Foreign Affairs, 3 March 2026';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * The country page as a coordinator uses it: a cabinet approval recorded with
 * its source appears on the pipeline timeline, a change of the government's
 * position with its source appears in the history. Screenshotted in three
 * languages at two widths and checked with axe-core.
 */
describe('the country page in Chromium', () => {
  let s: BrowserSession;
  let context: BrowserContext;
  let page: Page;
  let angolaId: string;

  /** Opens a path signed in as the coordinator, in a language (the session stored as the login page stores it). */
  const open = (path: string, locale: Locale): Promise<void> => s.openAs(s.t.users.coordinator.email, path, locale, page);

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    s = await startBrowserSession({ LOGIN_LIMIT_PER_IP: '10000', LOGIN_LIMIT_PER_EMAIL: '10000' });
    // axe-core is injected as an inline script, which the app's CSP rightly forbids.
    context = await s.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', bypassCSP: true });
    page = await context.newPage();
    [{ id: angolaId }] = await s.t.dataSource.query<Array<{ id: string }>>(`SELECT id FROM countries WHERE iso3 = 'AGO'`);
  });
  afterAll(async () => {
    await context.close();
    await s.close();
  });

  it('lets the coordinator record a cabinet approval with its source and see it on the timeline', async () => {
    await open(`/countries/${angolaId}/show`, 'en');
    await page.getByRole('heading', { name: 'National ratification process' }).waitFor();
    await page.getByText('No step recorded yet.').waitFor();
    await page.getByRole('link', { name: 'Add a step' }).click();
    await page.getByRole('combobox', { name: 'Stage' }).click();
    await page.getByRole('option', { name: 'Cabinet approval' }).click();
    await page.getByLabel('Date').fill('2026-02-10');
    await page.getByLabel('Source').fill(COMMUNIQUE);
    await page.getByRole('button', { name: 'Save' }).click();
    const timeline = page.getByRole('list', { name: 'National ratification process' });
    await timeline.getByRole('heading', { name: 'Cabinet approval' }).waitFor();
    await timeline.getByText(COMMUNIQUE).waitFor();
    const [step] = await s.t.dataSource.query<Array<{ stage: string; status: string; source: string }>>(
      `SELECT stage, status, source FROM ratification_steps WHERE country_id = $1`,
      [angolaId],
    );
    expect(step).toEqual({ stage: 'cabinet_approval', status: 'done', source: COMMUNIQUE });
  });

  it('lets the coordinator change the government position with a source and see it in the history', async () => {
    await open(`/countries/${angolaId}/edit`, 'en');
    await page.getByRole('combobox', { name: 'Government position' }).click();
    await page.getByRole('option', { name: 'Considering' }).click();
    await page.getByLabel('Source of the change').fill(MEETING);
    await page.getByRole('button', { name: 'Save' }).click();
    const history = page.getByRole('list', { name: 'History of the status' });
    await history.getByText('Government position: Unknown → Considering').waitFor();
    await history.getByText(MEETING).waitFor();
  });

  it.each(LOCALES)('shows the country page in %s at desktop and phone width, without critical or serious accessibility problems', async (locale) => {
    await open(`/countries/${angolaId}/show`, locale);
    await page.getByRole('list', { name: /./ }).first().waitFor();
    const violations: string[] = [];
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${SCREENSHOTS}country-page-${locale}-${viewport.name}.png`, fullPage: true });
      await page.addScriptTag({ path: AXE });
      const found = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
        return (await axe.run()).violations;
      });
      for (const violation of found.filter((v) => v.impact === 'critical' || v.impact === 'serious')) {
        violations.push(`${locale} ${viewport.name}: ${violation.id} ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }
    }
    await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
    expect(violations).toEqual([]);
  });

  it('shows the countries list with status chips, sorted by the name in the interface language', async () => {
    await open('/countries', 'fr');
    await page.getByRole('cell', { name: 'Afrique du Sud' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}country-list-fr-desktop.png`, fullPage: true });
    const names = await page.locator('tbody tr td:first-child').allInnerTexts();
    expect(names.slice(0, 10)).toEqual([...names.slice(0, 10)].sort(new Intl.Collator('fr').compare));
    expect(names).toContain('Afrique du Sud');
  });
});
