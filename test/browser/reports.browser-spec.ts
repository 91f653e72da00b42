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
const EVENT_TITLE = 'Round table with the Ministry of Justice';
const OVERDUE_TITLE = 'Letter to the Ministry of Gender and Social Protection';
const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function signIn(page: Page, baseUrl: string, email: string, locale: string): Promise<void> {
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

describe('the steering dashboard, the country report and the public map in Chromium', () => {
  let s: BrowserSession;
  let page: Page;
  const problems: string[] = [];
  let ids: Record<string, string>;

  /** Screenshots the page at both widths and collects axe-core's critical and serious findings. */
  const capture = async (target: Page, name: string, scope?: string): Promise<void> => {
    for (const viewport of VIEWPORTS) {
      await target.setViewportSize({ width: viewport.width, height: viewport.height });
      await target.waitForTimeout(600);
      await target.screenshot({ path: join(SCREENSHOTS, `${name}-${viewport.name}.png`), fullPage: true });
      await target.addScriptTag({ path: AXE });
      const found = await target.evaluate(async (selector) => {
        const axe = (
          window as unknown as {
            axe: { run(context?: string): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }> };
          }
        ).axe;
        return (await (selector ? axe.run(selector) : axe.run())).violations;
      }, scope);
      for (const violation of found.filter((v) => v.impact === 'critical' || v.impact === 'serious'))
        problems.push(`${name} ${viewport.name}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    }
    await target.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
  };

  beforeAll(async () => {
    s = await startBrowserSession({ LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_EMAIL: '1000' });
    // axe-core is injected as a script: the test's pages bypass the content security policy that forbids it.
    page = await (await s.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', bypassCSP: true })).newPage();
    const rows = await s.t.dataSource.query<Array<{ id: string; iso3: string }>>(`SELECT id, iso3 FROM countries`);
    ids = Object.fromEntries(rows.map((row) => [row.iso3, row.id]));
    // Active members in six countries; events in four of them over the last months; Peru's member has done nothing for 90 days.
    for (const [name, iso3] of [
      ['Kenya Housing Coalition', 'KEN'],
      ['Rede Brasileira DESC', 'BRA'],
      ['Red Peruana por la Vivienda', 'PER'],
      ['Philippine ESCR Network', 'PHL'],
      ['Ghana Food Rights Forum', 'GHA'],
      ['Nepal Right to Health Alliance', 'NPL'],
    ]) {
      await s.t.dataSource.query(`INSERT INTO organizations (name, type, membership_status, headquarters_country_id) VALUES ($1, 'ngo', 'active', $2)`, [
        name,
        ids[iso3],
      ]);
    }
    const events: Array<[string, number, string]> = [
      ['KEN', 20, EVENT_TITLE],
      ['KEN', 50, 'Workshop on the inquiry procedure'],
      ['KEN', 120, 'Campaign day in Nairobi'],
      ['BRA', 10, 'Audiência pública'],
      ['BRA', 200, 'Seminário nacional'],
      ['PHL', 30, 'Senate briefing'],
      ['GHA', 60, 'Radio debate'],
      ['NPL', 75, 'Parliamentary committee hearing'],
      ['PER', 150, 'Foro regional'],
    ];
    for (const [iso3, ago, title] of events) {
      await s.t.dataSource.query(
        `INSERT INTO events (title, type, status, country_id, starts_at, ends_at, time_zone, outcome_report)
         VALUES ($1, 'national_event', 'held', $2, $3::date + time '10:00', $3::date + time '12:00', 'UTC', 'Held as planned')`,
        [title, ids[iso3], daysAgo(ago)],
      );
    }
    // A letter to Ghana's ministry whose follow-up was due ten days ago.
    await s.t.dataSource.query(
      `INSERT INTO lobbying_actions (type, country_id, occurred_on, title, status, follow_up_at) VALUES ('letter', $1, $2, $3, 'awaiting_response', $4)`,
      [ids.GHA, daysAgo(40), OVERDUE_TITLE, daysAgo(10)],
    );
    await s.t.dataSource.query(`UPDATE countries SET next_upr_review_at = current_date + 40 WHERE iso3 = 'NPL' AND op_status IN ('none', 'signed')`);
    await s.t.dataSource.query(`UPDATE countries SET next_upr_review_at = current_date + 70 WHERE iso3 = 'KEN' AND op_status IN ('none', 'signed')`);
  });
  afterAll(() => s.close());

  it('shows a steering member the world map by treaty status with activity markers, the charts and the tables', async () => {
    await signIn(page, s.baseUrl, s.t.users.steering.email, 'en');
    const dashboard = page.getByTestId('reports-dashboard');
    await dashboard.locator('path[data-iso3]').first().waitFor();
    expect(await dashboard.locator('path[data-iso3]').count()).toBeGreaterThan(150);
    // Coloured by status: the map has states of every kind and the legend names them.
    const statuses = await dashboard
      .locator('path[data-iso3]')
      .evaluateAll((paths) => [...new Set(paths.map((path) => path.getAttribute('data-status')))].sort());
    expect(statuses).toEqual(['acceded', 'none', 'ratified', 'signed']);
    for (const label of ['Ratified', 'Acceded', 'Signed', 'Not signed', 'Activity in the period'])
      await expect(dashboard.getByText(label, { exact: true }).first().isVisible()).resolves.toBe(true);
    expect(await dashboard.locator('circle[data-marker="KEN"]').count()).toBe(1);
    const kenya = Number(await dashboard.locator('circle[data-marker="KEN"]').getAttribute('r'));
    const ghana = Number(await dashboard.locator('circle[data-marker="GHA"]').getAttribute('r'));
    expect(kenya).toBeGreaterThan(ghana);
    // Charts drawn with their series.
    await dashboard.locator('svg[data-chart] rect[data-series]').first().waitFor();
    expect(await dashboard.locator('svg[data-chart]').count()).toBe(3);
    // Each chart is named for screen readers, and each bar says what it counts.
    await expect(dashboard.getByRole('img', { name: 'Treaty status by region' }).count()).resolves.toBe(1);
    await expect(dashboard.locator('svg[data-chart] rect[data-series="events"] title').first().textContent()).resolves.toMatch(/^\d{4}-\d{2} · Events: \d+$/);
    // Peru's member has had nothing for 90 days; Kenya has.
    const quiet = page.locator('section[aria-labelledby="report-no-activity"]');
    await expect(quiet.getByText('Peru').isVisible()).resolves.toBe(true);
    expect(await quiet.getByText('Kenya').count()).toBe(0);
    // The overdue follow-up names its country and opens the action.
    const overdue = page.locator('section[aria-labelledby="report-overdue"]').getByRole('row').filter({ hasText: OVERDUE_TITLE });
    await expect(overdue.getByRole('link', { name: 'Ghana' }).isVisible()).resolves.toBe(true);
    await expect(overdue.getByRole('link', { name: OVERDUE_TITLE }).getAttribute('href')).resolves.toMatch(/#\/lobbying-actions\/[0-9a-f-]{36}\/show$/);
    await capture(page, 'reports-dashboard-en', '[data-testid="reports-dashboard"]');

    // Hover details, then click-through to the country page.
    await page.setViewportSize({ width: 1280, height: 800 });
    await dashboard.locator('path[data-iso3="BRA"]').hover();
    await expect(page.getByRole('status').filter({ hasText: 'Brazil' }).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'reports-map-hover.png') });
    await dashboard.locator('path[data-iso3="BRA"]').click();
    await page.waitForURL(new RegExp(`#/countries/${ids.BRA}/show`));
  }, 240_000);

  it('keeps the period and region in the URL, so that a filtered view can be shared', async () => {
    await page.goto(`${s.baseUrl}/#/reports?region=Africa&from=${daysAgo(100)}&to=${daysAgo(0)}`);
    const dashboard = page.getByTestId('reports-dashboard');
    await dashboard.locator('path[data-iso3="KEN"]').waitFor();
    expect(await dashboard.locator('path[data-iso3="BRA"]').count()).toBe(0);
    expect(await dashboard.locator('circle[data-marker="KEN"]').count()).toBe(1);
    await dashboard.getByLabel('Region', { exact: true }).click();
    await page.getByRole('option', { name: 'Americas' }).click();
    await dashboard.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/region=Americas/);
    await dashboard.locator('path[data-iso3="BRA"]').waitFor();
    expect(await dashboard.locator('path[data-iso3="KEN"]').count()).toBe(0);
  }, 240_000);

  it('prints the country report with its status and latest events', async () => {
    await page.goto(`${s.baseUrl}/#/reports/KEN/show`);
    const report = page.getByTestId('country-report');
    await report.getByText('Country report: Kenya').first().waitFor();
    await expect(report.getByText(EVENT_TITLE).isVisible()).resolves.toBe(true);
    await expect(report.getByText('Kenya Housing Coalition').isVisible()).resolves.toBe(true);
    await capture(page, 'reports-country-en');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(SCREENSHOTS, 'reports-country-print.png'), fullPage: true });
    await expect(page.getByRole('button', { name: 'Download PDF' }).isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
  }, 240_000);

  it('shows the dashboard in Spanish', async () => {
    await signIn(page, s.baseUrl, s.t.users.steering.email, 'es');
    const dashboard = page.getByTestId('reports-dashboard');
    await dashboard.locator('path[data-iso3]').first().waitFor();
    await dashboard.locator('svg[data-chart] rect[data-series]').first().waitFor();
    await expect(dashboard.getByText('Resumen de la campaña').isVisible()).resolves.toBe(true);
    await expect(dashboard.getByText('Ratificado', { exact: true }).first().isVisible()).resolves.toBe(true);
    // Regions in the chart's axis and in the filter are named in Spanish.
    const regionChart = page.locator('section', { has: page.getByRole('heading', { name: 'Estado del tratado por región' }) });
    await expect(regionChart.locator('svg[data-chart] text', { hasText: 'África' }).count()).resolves.toBe(1);
    expect(await regionChart.locator('svg[data-chart] text', { hasText: /^Africa$/ }).count()).toBe(0);
    await dashboard.getByRole('combobox', { name: 'Región' }).click();
    await expect(page.getByRole('option', { name: 'Américas' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    // The system status names each of its parts in Spanish too.
    await page.getByText('Tareas en segundo plano').waitFor();
    await capture(page, 'reports-dashboard-es', '[data-testid="reports-dashboard"]');
  }, 240_000);

  it('shows the public map without signing in, in English and Spanish, with counts, the last update and the embed code', async () => {
    const context = await s.browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const visitor = await context.newPage();
    try {
      for (const [lang, heading, parties] of [
        ['en', 'Where states stand on the Optional Protocol to the ICESCR', 'states parties'],
        ['es', 'Dónde están los Estados respecto al Protocolo Facultativo del PIDESC', 'Estados partes'],
      ] as const) {
        await visitor.goto(`${s.baseUrl}/map?lang=${lang}`);
        await visitor.locator('path[data-iso3]').first().waitFor();
        await expect(visitor.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
        await expect(visitor.getByTestId('map-counts').textContent()).resolves.toContain(parties);
        await expect(visitor.getByTestId('map-updated').isVisible()).resolves.toBe(true);
        expect(await visitor.locator('path[data-iso3]').count()).toBeGreaterThan(150);
        expect(await visitor.evaluate(() => document.documentElement.lang)).toBe(lang);
        await capture(visitor, `public-map-${lang}`);
      }
      await visitor.getByText('Ponga este mapa en su sitio web').click();
      await expect(visitor.getByRole('textbox').inputValue()).resolves.toContain('<iframe src="');
      // Nothing of the admin was loaded, and no private call was made.
      expect(await visitor.evaluate(() => localStorage.length)).toBe(0);
    } finally {
      await context.close();
    }
  }, 240_000);

  it('has no critical or serious accessibility problem on these screens', () => {
    expect(problems).toEqual([]);
  });
});
