import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page, Route } from 'playwright-core';
import { startBrowserSession, type BrowserSession } from '../support/browser.js';
import { setUpCoalition, type Coalition } from '../support/coalition.js';

/** The list requests of a resource (not its other routes). */
const listRequest = (resource: string) => (url: URL) => url.pathname === `/api/${resource}`;

/**
 * What a list and a form tell the coordinator when things are not fine: a
 * failed request says so with a way to try again (never "nothing here"), a
 * slow one shows placeholders, and leaving a form with unsaved changes asks first.
 */
describe('honest states of lists and forms', () => {
  let s: BrowserSession;
  let c: Coalition;
  let page: Page;

  const open = (path: string, locale = 'en'): Promise<void> => s.openAs(c.emails.coordinator, path, locale, page);

  beforeAll(async () => {
    s = await startBrowserSession({ LOGIN_LIMIT_PER_IP: '10000', LOGIN_LIMIT_PER_EMAIL: '10000' });
    c = await setUpCoalition(s.t);
    page = s.page;
  });
  afterAll(async () => {
    await s.close();
  });

  it.each([
    ['organizations', 'The organizations could not be loaded', 'Food First Network (B)'],
    ['people', 'The people could not be loaded', 'Bela'],
  ])('shows a failed %s list as an error with a retry, and the rows once the retry succeeds', async (resource, title, row) => {
    const failing = async (route: Route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: '{"statusCode":500,"error":"Internal Server Error","code":"internal","message":"Internal server error"}',
      });
    const matcher = listRequest(resource);
    await page.route(matcher, failing);
    await open(`/${resource}`);
    const error = page.getByTestId('list-error');
    await error.getByText(title).waitFor();
    await error.getByText('The server could not answer (error 500)').waitFor();
    await expect(page.getByTestId('list-empty').count()).resolves.toBe(0);
    await expect(page.getByText('No results found').count()).resolves.toBe(0);
    await s.shot(`honest-states-${resource}-error`);
    await page.unroute(matcher, failing);
    await error.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('cell', { name: row }).first().waitFor();
    await expect(page.getByTestId('list-error').count()).resolves.toBe(0);
  });

  it('translates the error of a failed list', async () => {
    const failing = async (route: Route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: '{"statusCode":503,"error":"Service Unavailable","code":"internal","message":"Internal server error"}',
      });
    const matcher = listRequest('organizations');
    await page.route(matcher, failing);
    await open('/organizations', 'es');
    await page.getByTestId('list-error').getByRole('button', { name: 'Reintentar' }).waitFor();
    await page.getByTestId('list-error').getByText('(error 503)').waitFor();
    // The notification words the answer's code in Spanish too.
    await page.getByText('El servidor tuvo un problema').first().waitFor();
    await s.shot('honest-states-organizations-error-es');
    await page.unroute(matcher, failing);
  });

  it('shows placeholder rows while a list is slow to load, not an empty page', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = async (route: Route) => {
      await held;
      await route.fallback();
    };
    const matcher = listRequest('organizations');
    await page.route(matcher, slow);
    await open('/organizations');
    // React-Admin's table shows its placeholder rows after a second of waiting.
    await expect(page.locator('table tbody tr').nth(4).waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    await expect(page.getByTestId('list-empty').count()).resolves.toBe(0);
    await expect(page.getByRole('cell', { name: 'Food First Network (B)' }).count()).resolves.toBe(0);
    await s.shot('honest-states-organizations-loading');
    release();
    await page.getByRole('cell', { name: 'Food First Network (B)' }).first().waitFor();
    await page.unroute(matcher, slow);
  });

  it.each([
    ['organizations', 'orgB', 'name'],
    ['people', 'personB', 'firstName'],
  ] as const)('asks before leaving the %s edit form with unsaved changes, and keeps them when told to stay', async (resource, record, name) => {
    await open(`/${resource}/${c.ids[record]}`);
    const input = page.locator(`input[name="${name}"]`);
    await input.waitFor();
    await input.fill('Changed but not saved');
    const asked: string[] = [];
    const answer = (dialog: { message(): string; dismiss(): Promise<void> }) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    };
    page.on('dialog', answer);
    await page.getByRole('menuitem', { name: 'Working groups' }).click();
    await page.waitForTimeout(500);
    page.off('dialog', answer);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toBe("Some of your changes weren't saved. Are you sure you want to ignore them?");
    expect(page.url()).toContain(`/${resource}/${c.ids[record]}`);
    await expect(input.inputValue()).resolves.toBe('Changed but not saved');
    // Told to go, it goes, and nothing was saved.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('menuitem', { name: 'Working groups' }).click();
    await page.waitForURL(/#\/working-groups/);
    const table = resource === 'organizations' ? 'organizations' : 'people';
    const column = resource === 'organizations' ? 'name' : 'first_name';
    const [row] = await s.t.dataSource.query<Array<{ value: string }>>(`SELECT ${column} AS value FROM ${table} WHERE id = $1`, [c.ids[record]]);
    expect(row.value).not.toBe('Changed but not saved');
  });

  it("says so in the three languages when the words of the reader's language cannot be fetched, and starts once they can", async () => {
    const spanishWords = (url: URL) => /\/assets\/words-es-[\w-]+\.js$/.test(url.pathname);
    const fail = async (route: Route) => route.abort('connectionfailed');
    await page.route(spanishWords, fail);
    await open('/', 'es');
    const notice = page.getByRole('main');
    await notice.getByText('The application could not be loaded.', { exact: false }).waitFor();
    await notice.getByText('No se pudo cargar la aplicación.', { exact: false }).waitFor();
    await notice.getByText('L’application n’a pas pu être chargée.', { exact: false }).waitFor();
    await s.shot('honest-states-words-unreachable');
    await page.unroute(spanishWords, fail);
    await notice.getByRole('button', { name: 'Try again · Reintentar · Réessayer' }).click();
    await page.getByTestId('welcome-card').getByText(`Bienvenida/o, ${c.emails.coordinator}`).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
  });
});
