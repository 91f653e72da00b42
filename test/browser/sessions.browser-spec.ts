import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startBrowserSession, type BrowserSession } from '../support/browser.js';
import { PASSWORD } from '../support/test-app.js';

const TOKEN_KEY = 'coalition-crm.token';
const NEW_PASSWORD = 'a brand new browser password';

describe('sessions in the admin UI', () => {
  let s: BrowserSession;

  const storedToken = (): Promise<string | null> => s.page.evaluate((key) => localStorage.getItem(key), TOKEN_KEY);
  const storeToken = (token: string): Promise<void> => s.page.evaluate(([key, value]) => localStorage.setItem(key, value), [TOKEN_KEY, token] as const);
  const me = (token: string): request.Test => request(s.t.http).get('/api/auth/me').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    s = await startBrowserSession();
  });
  afterAll(() => s.close());

  it('signs the coordinator in', async () => {
    const { page } = s;
    await page.goto(s.baseUrl);
    await page.getByTestId('login-email').fill(s.t.users.coordinator.email);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('welcome-card').waitFor();
  });

  it('renews a token the API refuses with the refresh cookie, and the page loads as if nothing happened', async () => {
    const { page } = s;
    const token = await storedToken();
    const [header, payload] = (token ?? '').split('.');
    // Readable and not yet expired, but not signed by the API: the API answers 401.
    await storeToken(`${header}.${payload}.${'A'.repeat(43)}`);
    await page.getByRole('menuitem', { name: 'Organizations' }).click();
    await page.waitForURL(/#\/organizations$/);
    // The list loaded: its empty state shows only after a successful answer.
    await page.getByTestId('list-empty').waitFor();
    await page.waitForFunction((key) => !(localStorage.getItem(key) ?? '').endsWith('A'.repeat(43)), TOKEN_KEY);
    await me((await storedToken()) ?? '').expect(200);
    expect(await page.getByTestId('login-email').count()).toBe(0);
  });

  it('opens the app with an expired token without asking to sign in again', async () => {
    const { page } = s;
    const [header, , signature] = ((await storedToken()) ?? '').split('.');
    const expired = Buffer.from(JSON.stringify({ sub: s.t.users.coordinator.id, exp: Math.floor(Date.now() / 1000) - 60 })).toString('base64url');
    const stale = `${header}.${expired}.${signature}`;
    await storeToken(stale);
    // Leave the app before opening it again: a navigation inside it would start a refresh
    // with the stale token, and a reload in the middle of that refresh is another story.
    await page.goto('about:blank');
    await page.goto(`${s.baseUrl}/#/`);
    await page.getByTestId('welcome-card').waitFor();
    await page.waitForFunction(([key, old]) => localStorage.getItem(key) !== old, [TOKEN_KEY, stale] as const);
    await me((await storedToken()) ?? '').expect(200);
    expect(await page.getByTestId('login-email').count()).toBe(0);
  });

  it('changes the password from the user menu and signs out the other sessions', async () => {
    const { page } = s;
    const elsewhere = (await request(s.t.http).post('/api/auth/login').send({ email: s.t.users.coordinator.email, password: PASSWORD }).expect(200)).body as {
      accessToken: string;
    };
    await page.getByTestId('user-menu').getByRole('button').click();
    await page.getByTestId('menu-my-password').click();
    await page.waitForURL(/#\/my-password$/);
    await page.getByTestId('current-password').fill('not my password at all');
    await page.getByTestId('new-password').fill(NEW_PASSWORD);
    await page.getByTestId('confirm-password').fill(NEW_PASSWORD);
    await page.getByTestId('password-change-submit').click();
    await page.getByText('This is not your current password.').waitFor();
    await s.shot('sessions-01-wrong-current-password');

    await page.getByTestId('current-password').fill(PASSWORD);
    await page.getByTestId('password-change-submit').click();
    await page.getByText('Your password has been changed. Other devices have been signed out.').waitFor();
    await s.shot('sessions-02-password-changed');
    await me(elsewhere.accessToken).expect(401);
    await me((await storedToken()) ?? '').expect(200);
  });

  it('ends the session on the server at logout', async () => {
    const { page } = s;
    const token = (await storedToken()) ?? '';
    const cookie = (await page.context().cookies()).find((candidate) => candidate.path === '/api/auth');
    expect(cookie?.httpOnly).toBe(true);
    await page.getByTestId('user-menu').getByRole('button').click();
    await page.getByTestId('logout-button').click();
    await page.getByTestId('login-email').waitFor();
    await me(token).expect(401);
    // The cookie as it was before logout, presented again: its session is over.
    await request(s.t.http).post('/api/auth/refresh').set('Cookie', `${cookie?.name}=${cookie?.value}`).expect(401);
    expect((await page.context().cookies()).some((candidate) => candidate.path === '/api/auth')).toBe(false);
  });
});
