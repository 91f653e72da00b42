import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { startBrowserSession, type BrowserSession } from '../support/browser.js';
import { PASSWORD } from '../support/test-app.js';

/** The code an authenticator app shows, `steps` periods of 30 s from now. */
const codeAt = (secret: string, steps = 0): Promise<string> => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];

async function signInWithPassword(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('two-factor authentication in the browser', () => {
  let s: BrowserSession;
  let secret: string;
  let recoveryCodes: string[];

  beforeAll(async () => {
    s = await startBrowserSession({ LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_EMAIL: '1000' });
    // Enrolled through the API, as the Security page would.
    const token = await s.t.tokenFor('coordinator');
    const setup = await request(s.t.http)
      .post('/api/me/two-factor/setup')
      .set(...bearer(token))
      .expect(200);
    secret = setup.body.secret;
    const enabled = await request(s.t.http)
      .post('/api/me/two-factor/enable')
      .set(...bearer(token))
      .send({ code: await codeAt(secret) })
      .expect(200);
    recoveryCodes = enabled.body.recoveryCodes;
  });
  afterAll(() => s.close());

  it('asks for the code after the password, refuses a wrong one, and signs in with the right one', async () => {
    const { page } = s;
    await signInWithPassword(page, s.baseUrl, s.t.users.coordinator.email);
    await page.getByRole('heading', { name: 'Two-factor authentication' }).waitFor();
    await s.shot('two-factor-01-code-step');
    await page.getByLabel('Code').fill('000000');
    await page.getByTestId('two-factor-submit').click();
    await page.getByTestId('two-factor-problem').getByText('This code is wrong or has already been used').waitFor();
    await s.shot('two-factor-02-wrong-code');
    // The next period's code: the one enrolment used cannot be used again.
    await page.getByLabel('Code').fill(await codeAt(secret, 1));
    await page.keyboard.press('Enter');
    await page.getByTestId('welcome-card').waitFor();
    await expect(page.getByTestId('welcome-card').textContent()).resolves.toContain(s.t.users.coordinator.email);
  });

  it('signs in with a recovery code instead', async () => {
    const { page } = s;
    await page.getByTestId('user-menu').getByRole('button').click();
    await page.getByTestId('logout-button').click();
    await signInWithPassword(page, s.baseUrl, s.t.users.coordinator.email);
    await page.getByTestId('two-factor-toggle').click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0].toUpperCase());
    await s.shot('two-factor-03-recovery-code');
    await page.getByTestId('two-factor-submit').click();
    await page.getByTestId('welcome-card').waitFor();
  });

  it('shows the Security page with the status and the way to turn it off', async () => {
    const { page } = s;
    await page.getByTestId('user-menu').getByRole('button').click();
    await page.getByTestId('menu-security').click();
    await page.getByTestId('two-factor-on').waitFor();
    await expect(page.getByText('Unused recovery codes: 9').count()).resolves.toBe(1);
    await s.shot('two-factor-04-security-on');
  });

  it('makes a user whose role requires it set it up before anything else, then lets them in', async () => {
    const admin = await s.t.tokenFor('admin');
    await request(s.t.http)
      .put('/api/security-policy')
      .set(...bearer(admin))
      .send({ twoFactorRequiredRoles: ['steering'] })
      .expect(200);
    const context = await s.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    await signInWithPassword(page, s.baseUrl, s.t.users.steering.email);
    await page.getByTestId('two-factor-enrolment').waitFor();
    await page.getByTestId('two-factor-setup-start').click();
    const shown = (await page.getByTestId('two-factor-secret').textContent()) ?? '';
    const typedSecret = shown.replace(/\s+/g, '');
    expect(typedSecret).toMatch(/^[A-Z2-7]{32}$/);
    await expect(page.getByRole('img', { name: /QR code/ }).count()).resolves.toBe(1);
    await s.shot('two-factor-05-forced-enrolment-phone', page);
    await page.getByLabel('Code').fill(await codeAt(typedSecret));
    await page.getByTestId('two-factor-setup-confirm').click();
    await page.getByTestId('recovery-codes').waitFor();
    await expect(page.getByTestId('recovery-codes').locator('li').count()).resolves.toBe(10);
    await s.shot('two-factor-06-recovery-codes-phone', page);
    await page.getByTestId('recovery-codes-done').click();
    await page.getByTestId('welcome-card').waitFor();
    await context.close();
  });
});
