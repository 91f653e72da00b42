import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { MembershipApplication } from '../../api/src/membership-applications/membership-application.entity.js';
import { startBrowserSession, type BrowserSession } from '../support/browser.js';

const LOCALES = [
  { locale: 'en', heading: 'Apply for membership', label: 'Organization name' },
  { locale: 'es', heading: 'Solicitar la adhesión', label: 'Nombre de la organización' },
  { locale: 'fr', heading: 'Demander l’adhésion', label: 'Nom de l’organisation' },
] as const;
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's critical and serious findings on the page as it is now. */
async function seriousFindings(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string | null }> }> } }).axe;
    return (await axe.run()).violations;
  });
  return found.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id);
}

/** The element that has the keyboard's focus: its aria-label, else its id, else its text. */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element?.getAttribute('aria-label') || element?.id || element?.textContent || '';
  });

/**
 * The light /join page (React and the browser's own controls): what its
 * controls do by keyboard, where the server's refusals land, and that the
 * spam trap stays out of sight.
 */
describe('the membership form at /join', () => {
  let s: BrowserSession;
  let page: Page;

  /** Opens /join in a language, as a reader who chose it before. */
  const open = async (locale: string): Promise<void> => {
    await page.goto(`${s.baseUrl}/join`);
    await page.evaluate((code) => localStorage.setItem('coalition-crm.locale', code), locale);
    await page.reload();
    await page.locator('#join-headquartersCountryId option').nth(1).waitFor({ state: 'attached' });
  };

  beforeAll(async () => {
    s = await startBrowserSession();
    // axe-core is injected as an inline script, which the page's CSP rightly forbids.
    page = await (await s.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', bypassCSP: true })).newPage();
  }, 120_000);
  beforeEach(async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
  });
  afterAll(() => s.close());

  it.each(LOCALES)('reads in $locale, on a desktop and on a 390 px phone without sideways scrolling', async ({ locale, heading, label }) => {
    await open(locale);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByLabel(label).waitFor();
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(locale);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(viewport.width);
      await s.shot(`join-${locale}-${viewport.name}`, page);
    }
  });

  it('switches to Spanish from the keyboard and shows the server’s refusal on the field it names, with the field’s Spanish label', async () => {
    await open('en');
    await page.getByTestId('locale-switcher').focus();
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toBe('English');
    await expect(seriousFindings(page)).resolves.toEqual([]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Solicitar la adhesión' }).waitFor();
    await expect(focused(page)).resolves.toBe('Español: cambiar el idioma');

    await page.getByLabel('Nombre de la organización').fill('Red de Cocinas Comunitarias');
    await page.getByRole('combobox', { name: 'Tipo de organización' }).selectOption({ label: 'Red' });
    await page.getByRole('combobox', { name: 'País de la sede' }).selectOption({ label: 'Perú' });
    await page.getByRole('checkbox', { name: 'Alimentación' }).check();
    await page.getByRole('checkbox', { name: 'Español' }).check();
    await page.getByRole('textbox', { name: 'Nombre', exact: true }).fill('Rosa');
    await page.getByLabel('Apellidos').fill('Quispe');
    await page.getByRole('textbox', { name: 'Correo electrónico', exact: true }).fill('rosa@cocinas.example.org');
    // The browser does not check a phone number's characters; the API does.
    await page.getByLabel('Teléfono').fill('ask for Rosa');
    await page.getByLabel('Motivación').fill('Queremos llevar la voz de las cocinas comunitarias a la campaña.');
    await page.getByRole('checkbox', { name: /Acepto que la coalición/ }).check();
    await page.getByTestId('join-submit').click();

    await page.getByTestId('join-problem').filter({ hasText: 'Hay respuestas que corregir' }).waitFor();
    const phone = page.getByLabel('Teléfono');
    await expect(phone.getAttribute('aria-invalid')).resolves.toBe('true');
    const message = page.locator(`#${await phone.getAttribute('aria-describedby')}`);
    // The API's code for the refusal, worded in Spanish under the field it names: no English left.
    await expect(message.textContent()).resolves.toBe('Formato incorrecto.');
    await s.shot('join-es-server-refusal', page);
    await expect(seriousFindings(page)).resolves.toEqual([]);
    await expect(s.t.dataSource.getRepository(MembershipApplication).countBy({ organizationName: 'Red de Cocinas Comunitarias' })).resolves.toBe(0);

    // Corrected, the same answers go through.
    await phone.fill('+51 1 234 5678');
    await page.getByTestId('join-submit').click();
    await page.getByTestId('join-thanks').filter({ hasText: 'rosa@cocinas.example.org' }).waitFor();
    await s.shot('join-es-thanks', page);
    const saved = await s.t.dataSource.getRepository(MembershipApplication).findOneByOrFail({ organizationName: 'Red de Cocinas Comunitarias' });
    expect(saved).toMatchObject({ contactPhone: '+51 1 234 5678', locale: 'es', organizationType: 'network', countriesOfWorkIds: [] });

    // "Send another" starts from an empty form.
    await page.getByRole('button', { name: 'Enviar otra solicitud' }).click();
    await expect(page.getByLabel('Nombre de la organización').inputValue()).resolves.toBe('');
  });

  it('adds countries of work and removes them with the keyboard alone', async () => {
    await open('en');
    const countries = page.getByLabel('Countries of work', { exact: true });
    await countries.focus();
    for (const typed of ['Argentina', 'Chile']) {
      await page.keyboard.type(typed);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      // Focus goes back to the list, ready for the next country.
      await expect(focused(page)).resolves.toBe('join-countriesOfWorkIds');
    }
    const chosen = page.getByRole('list', { name: 'Chosen countries of work' });
    await expect(chosen.getByRole('listitem').allTextContents()).resolves.toEqual(['Argentina', 'Chile']);
    // A chosen country is no longer offered.
    await expect(countries.locator('option', { hasText: 'Chile' }).count()).resolves.toBe(0);
    await s.shot('join-countries-of-work', page);
    await expect(seriousFindings(page)).resolves.toEqual([]);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toBe('Remove Argentina');
    await page.keyboard.press('Enter');
    await expect(chosen.getByRole('listitem').allTextContents()).resolves.toEqual(['Chile']);
    await expect(focused(page)).resolves.toBe('Remove Chile');
    await page.keyboard.press('Space');
    await chosen.waitFor({ state: 'detached' });
    await expect(focused(page)).resolves.toBe('join-countriesOfWorkIds');
    await expect(countries.locator('option', { hasText: 'Chile' }).count()).resolves.toBe(1);
  });

  it('keeps the spam trap out of sight, out of the keyboard’s path and out of the accessibility tree', async () => {
    await open('en');
    // Clipped to a pixel by a box that screen readers skip.
    const box = await page.locator('[aria-hidden="true"]:has([data-testid="join-homepage"])').boundingBox();
    expect(box && box.width <= 1 && box.height <= 1).toBe(true);
    await expect(page.getByTestId('join-homepage').getAttribute('autocomplete')).resolves.toBe('off');
    await expect(page.getByRole('textbox', { name: 'Leave this field empty' }).count()).resolves.toBe(0);
    await page.getByTestId('locale-switcher').focus();
    const path: string[] = [];
    for (let step = 0; step < 60 && !path.includes('join-submit'); step += 1) {
      await page.keyboard.press('Tab');
      path.push(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? ''));
    }
    expect(path).toContain('join-submit');
    expect(path).not.toContain('join-homepage');
  });
});
