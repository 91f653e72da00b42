import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { Country } from '../../api/src/countries/country.entity.js';
import { SCREENSHOTS, startBrowserSession, type BrowserSession } from '../support/browser.js';
import { PASSWORD } from '../support/test-app.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const MINISTRY = 'Ministerio de Relaciones Exteriores';
const HOLDER = 'Lucía Restrepo Arango';
const WITNESS = 'Marisol Quintero Pardo';
const WITNESS_EMAIL = 'marisol.q@example.net';
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

describe('testimonies and country action packs in Chromium', () => {
  let s: BrowserSession;
  let page: Page;
  let colombia: Country;
  let parties: number;
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
    // axe-core is injected as a script, which the application's Content-Security-Policy rightly refuses.
    const context = await s.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', bypassCSP: true, acceptDownloads: true });
    page = await context.newPage();
    colombia = await s.t.dataSource.getRepository(Country).findOneByOrFail({ iso3: 'COL' });
    [{ n: parties }] = await s.t.dataSource.query<Array<{ n: number }>>("SELECT count(*)::int AS n FROM countries WHERE op_status IN ('ratified', 'acceded')");
    const login = await request(s.t.http).post('/api/auth/login').send({ email: s.t.users.coordinator.email, password: PASSWORD }).expect(200);
    const auth = { Authorization: `Bearer ${(login.body as { accessToken: string }).accessToken}` };
    await request(s.t.http)
      .post('/api/authorities')
      .set(auth)
      .send({ countryId: colombia.id, institution: 'foreign_affairs', postTitle: MINISTRY, holderName: HOLDER })
      .expect(201);
    for (const template of [
      {
        kind: 'letter',
        language: 'es',
        name: 'Carta a la Cancillería',
        subject: 'El Protocolo Facultativo y {country}',
        body: '{ministryHolder}\n{ministry}\n\nYa son {partiesCount} los Estados parte del Protocolo Facultativo del PIDESC. Le pedimos que {country} dé el paso.',
      },
      {
        kind: 'social_post',
        language: 'es',
        name: 'Mensaje corto',
        body: '{partiesCount} Estados ya son parte del #OPICESCR. ¿Cuándo {country}? {countryHandle}',
      },
      {
        kind: 'letter',
        language: 'en',
        name: 'Letter to the ministry',
        body: 'Dear {ministryHolder}, {partiesCount} states are party to the Optional Protocol.',
      },
    ]) {
      await request(s.t.http).post('/api/message-templates').set(auth).send(template).expect(201);
    }
  }, 120_000);
  afterAll(() => s.close());

  it('takes a testimony on the public /testify page in Spanish, anonymous by default', async () => {
    await page.goto(`${s.baseUrl}/#/login`);
    await page.evaluate(() => {
      localStorage.clear();
      localStorage.setItem('coalition-crm.locale', 'es');
    });
    await page.goto(`${s.baseUrl}/#/testify`);
    await page.reload();
    await page.getByRole('heading', { name: 'Cuéntanos lo que pasó' }).waitFor();
    await capture('testify-es');
    await page.getByLabel('País').fill('Colom');
    await page.getByRole('option', { name: /Colombia/ }).click();
    await page.getByLabel('Vivienda').check();
    await page.getByLabel('Agua', { exact: true }).check();
    await page.getByRole('textbox', { name: 'Testimonio' }).fill('Desalojaron el barrio en plena temporada de lluvias y cerraron la única fuente de agua.');
    await page.getByLabel('Nombre de quien lo envía').fill(WITNESS);
    await page.getByLabel('Correo o teléfono de quien lo envía').fill(WITNESS_EMAIL);
    await expect(page.getByLabel('Mantener mi anonimato').isChecked()).resolves.toBe(true);
    await page.getByTestId('testify-submit').click();
    await page.getByTestId('testify-thanks').waitFor();
    const rows = await s.t.dataSource.query<Array<{ source: string; anonymize: boolean; locale: string; rights: string[] }>>(
      'SELECT source, anonymize, locale, rights_affected AS rights FROM testimonies',
    );
    // A step that failed once is run again (support/browser-retries), so the form may have been sent twice.
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const row of rows)
      expect({ ...row, rights: [...row.rights].sort() }).toEqual({ source: 'public_form', anonymize: true, locale: 'es', rights: ['housing', 'water'] });
  }, 120_000);

  it('shows the public page in English too, at both widths', async () => {
    await page.evaluate(() => localStorage.setItem('coalition-crm.locale', 'en'));
    await page.goto(`${s.baseUrl}/#/testify`);
    await page.reload();
    await page.getByRole('heading', { name: 'Tell us what happened' }).waitFor();
    await capture('testify-en');
  }, 120_000);

  it('withholds the anonymous submitter from a steering member', async () => {
    await signIn(page, s.baseUrl, s.t.users.steering.email);
    await page.goto(`${s.baseUrl}/#/testimonies`);
    await page.getByText('Public form').first().click();
    await page.getByTestId('submitter-hidden').first().waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(WITNESS);
    expect(text).not.toContain(WITNESS_EMAIL);
    await capture('testimony-show-steering-en');
  }, 120_000);

  it('opens the Spanish action pack from the country page, with the ministry and the current number of parties, and downloads the .docx', async () => {
    await signIn(page, s.baseUrl, s.t.users.coordinator.email, 'es');
    await page.goto(`${s.baseUrl}/#/countries/${colombia.id}/show`);
    await page.getByTestId('country-action-pack').click();
    const pack = page.getByTestId('action-pack-page');
    await pack.getByText('Carta a la Cancillería').waitFor();
    const letter = page.getByTestId('pack-message').filter({ hasText: 'Carta a la Cancillería' });
    await expect(letter.getByTestId('pack-body').innerText()).resolves.toContain(MINISTRY);
    await expect(letter.getByTestId('pack-body').innerText()).resolves.toContain(HOLDER);
    await expect(letter.getByTestId('pack-body').innerText()).resolves.toContain(`Ya son ${parties} los Estados parte`);
    await expect(page.getByTestId('pack-facts').innerText()).resolves.toContain(String(parties));
    // The English template is not in the Spanish pack.
    await expect(pack.getByText('Letter to the ministry').count()).resolves.toBe(0);
    await capture('action-pack-es');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pack-download').click()]);
    expect(download.suggestedFilename()).toBe('action-pack-col-es.docx');
    const path = join(SCREENSHOTS, 'action-pack-col-es.docx');
    await download.saveAs(path);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']);
    expect(xml).toContain(MINISTRY);
    expect(xml).toContain(HOLDER);
    expect(xml).toContain(`Ya son ${parties} los Estados parte`);
  }, 180_000);

  it('shows the action pack in English at both widths', async () => {
    await signIn(page, s.baseUrl, s.t.users.coordinator.email, 'en');
    await page.goto(`${s.baseUrl}/#/action-packs?country=COL&lang=en`);
    await page.getByTestId('action-pack-page').getByText('Letter to the ministry').waitFor();
    await capture('action-pack-en');
    await page.goto(`${s.baseUrl}/#/message-templates`);
    await page.getByText('Carta a la Cancillería').waitFor();
    await page.goto(`${s.baseUrl}/#/message-templates/create`);
    await page.getByTestId('placeholder-help').waitFor();
    await capture('message-template-create-en');
    expect(problems).toEqual([]);
  }, 180_000);
});
