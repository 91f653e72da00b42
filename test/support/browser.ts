import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import request from 'supertest';
import { PASSWORD, startTestApp, type TestApp } from './test-app.js';

/** Written by every run, so kept out of git (.gitignore); a few chosen ones live in docs/screenshots/. */
export const SCREENSHOTS = new URL('../browser/.screenshots/', import.meta.url).pathname;

export interface BrowserSession {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  page: Page;
  /** Saves a full-page screenshot as test/browser/.screenshots/<name>.png. */
  shot(name: string, page?: Page): Promise<void>;
  /** Signs in on the login page with PASSWORD and waits for the dashboard. */
  logIn(email: string, page?: Page): Promise<void>;
  /** Opens a path signed in as `email`, in a language: the session stored as the login page stores it, without its screens. */
  openAs(email: string, path: string, locale: string, page?: Page): Promise<void>;
  close(): Promise<void>;
}

/** The API and the built admin UI on a free port, and a headless Chromium pointed at it. */
export async function startBrowserSession(env: Record<string, string> = {}): Promise<BrowserSession> {
  const t = await startTestApp(env);
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.http.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  // Playwright gives every launch a fresh, throw-away profile of its own.
  const browser = await chromium
    .launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    .catch(async (error: unknown) => {
      await t.close();
      throw error;
    });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    t,
    baseUrl,
    browser,
    page,
    async shot(name, target = page) {
      await target.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    async logIn(email, target = page) {
      await target.goto(baseUrl);
      await target.getByTestId('login-email').fill(email);
      await target.getByTestId('login-password').fill(PASSWORD);
      await target.keyboard.press('Enter');
      await target.getByTestId('welcome-card').waitFor();
    },
    async openAs(email, path, locale, target = page) {
      await target.goto(`${baseUrl}/#/login`);
      const login = await request(t.http).post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
      await target.evaluate(
        ({ code, token, user }) => {
          localStorage.clear();
          localStorage.setItem('coalition-crm.locale', code);
          localStorage.setItem('coalition-crm.token', token);
          localStorage.setItem('coalition-crm.user', JSON.stringify({ id: user.id, email: user.email, role: user.role }));
        },
        { code: locale, token: login.body.accessToken as string, user: login.body.user as { id: string; email: string; role: string } },
      );
      await target.goto(`${baseUrl}/#${path}`);
      await target.reload();
    },
    async close() {
      await browser.close();
      await t.close();
    },
  };
}
