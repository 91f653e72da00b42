import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { startBrowserSession, type BrowserSession } from '../support/browser.js';
import { PASSWORD } from '../support/test-app.js';

/** The JavaScript a page fetches until it is ready, as sent over the wire (compressed), in bytes, with the files' names. */
async function javascriptFetched(page: Page, open: () => Promise<void>): Promise<{ bytes: number; files: string[] }> {
  const responses: Array<Promise<{ file: string; bytes: number }>> = [];
  const listener = (response: import('playwright-core').Response): void => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith('.js')) return;
    responses.push(
      response
        .request()
        .sizes()
        .then((sizes) => ({ file: url.pathname, bytes: sizes.responseBodySize })),
    );
  };
  page.on('response', listener);
  await open();
  page.off('response', listener);
  const fetched = await Promise.all(responses);
  return { bytes: fetched.reduce((sum, { bytes }) => sum + bytes, 0), files: fetched.map(({ file }) => file) };
}

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

describe('what the pages weigh in Chromium', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await startBrowserSession();
  }, 120_000);
  afterAll(() => s.close());

  it('serves the membership form at /join without the admin, and sends an old #/join link there', async () => {
    const page = await (await s.browser.newContext()).newPage();
    const join = await javascriptFetched(page, async () => {
      await page.goto(`${s.baseUrl}/join`);
      await page.getByLabel('Organization name').waitFor();
    });
    // None of the admin's chunks: neither what its index.html loads nor its catalogs of words.
    const adminStartUp = [...(await (await fetch(`${s.baseUrl}/`)).text()).matchAll(/\/assets\/[\w~.-]+\.js/g)].map(([file]) => file);
    expect(adminStartUp.length).toBeGreaterThan(0);
    expect(join.files.filter((file) => adminStartUp.includes(file) || /\/words-/.test(file))).toEqual([]);

    const signIn = await javascriptFetched(page, async () => {
      await page.goto(`${s.baseUrl}/#/login`);
      await page.getByTestId('login-email').waitFor();
    });
    const afterSignIn = await javascriptFetched(page, async () => {
      await page.getByTestId('login-email').fill(s.t.users.coordinator.email);
      await page.getByTestId('login-password').fill(PASSWORD);
      await page.keyboard.press('Enter');
      // The whole dashboard: its cards, the world map's states and the charts, and nothing still loading.
      await page.getByTestId('welcome-card').waitFor();
      await page.locator('[data-testid="reports-dashboard"] path[data-iso3]').first().waitFor();
      await page.locator('[data-testid="reports-dashboard"] svg[data-chart]').first().waitFor();
      await page.waitForLoadState('networkidle');
    });
    const dashboard = { bytes: signIn.bytes + afterSignIn.bytes, files: [...signIn.files, ...afterSignIn.files] };
    console.log(
      [
        `JavaScript sent, compressed: /join ${kilobytes(join.bytes)} in ${join.files.length} files`,
        `sign-in page ${kilobytes(signIn.bytes)} in ${signIn.files.length} files`,
        `then the whole dashboard ${kilobytes(afterSignIn.bytes)} in ${afterSignIn.files.length} files`,
        `together ${kilobytes(dashboard.bytes)}`,
      ].join('; '),
    );
    // The form is React and the browser's own controls: no React-Admin, MUI or router (README, "Page weight").
    expect(join.bytes).toBeLessThanOrEqual(150 * 1024);
    expect(join.bytes).toBeLessThan(dashboard.bytes * 0.6);
    // The admin's start-up code, the reader's language only (English here), and the dashboard's charts and map.
    expect(signIn.files.filter((file) => /\/words-/.test(file))).toEqual([expect.stringMatching(/\/words-en-/)]);
    expect(dashboard.bytes).toBeLessThanOrEqual(450 * 1024);

    await page.goto(`${s.baseUrl}/#/logout`);
    await page.goto(`${s.baseUrl}/#/join`);
    await page.waitForURL(`${s.baseUrl}/join`);
    await page.getByLabel('Organization name').waitFor();
  });
});
