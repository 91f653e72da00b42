import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generate } from 'otplib';
import type { BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { EmailChangeRequest } from '../../api/src/me/email-change/email-change-request.entity.js';
import { Person } from '../../api/src/people/person.entity.js';
import { UserTokensService } from '../../api/src/users/user-tokens.service.js';
import { User } from '../../api/src/users/user.entity.js';
import { startBrowserSession, type BrowserSession } from '../support/browser.js';
import { PASSWORD } from '../support/test-app.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const LOCALES = ['en', 'es', 'fr'] as const;
type Locale = (typeof LOCALES)[number];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
/** Where the screenshots of every screen, language and width go; set SECURITY_SCREENSHOTS to keep them. */
const SHOTS = process.env.SECURITY_SCREENSHOTS ?? join(tmpdir(), 'coalition-security-screens');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];
const codeAt = (secret: string, steps = 0): Promise<string> => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

/**
 * Every new screen of the security work, in English, Spanish and French, at
 * desktop and phone width: screenshotted, and checked with axe-core.
 */
describe('the security screens in three languages and two widths', () => {
  let s: BrowserSession;
  let context: BrowserContext;
  let page: Page;
  const violations: string[] = [];
  /** The screens captured, by file: a step that is run once more after a failure captures its screens again. */
  const shots = new Set<string>();

  /** Screenshots the page as it is at both widths and runs axe on each. */
  const capture = async (name: string, locale: Locale): Promise<void> => {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      // MUI transitions (dialogs, notifications) take 225 ms.
      await page.waitForTimeout(400);
      const file = `${name}-${locale}-${viewport.name}.png`;
      await page.screenshot({ path: join(SHOTS, file), fullPage: true });
      shots.add(file);
      await page.addScriptTag({ path: AXE });
      const found = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
        return (await axe.run()).violations;
      });
      for (const violation of found) {
        violations.push(
          `${name} ${locale} ${viewport.name}: ${violation.id} (${violation.impact}) ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      }
    }
    await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
  };

  /** Opens a page in a language, signed out or as a user (session stored as the login page stores it). */
  const open = async (path: string, locale: Locale, as?: { email: string }): Promise<void> => {
    await page.goto(`${s.baseUrl}/#/login`);
    await page.evaluate((code) => {
      localStorage.clear();
      localStorage.setItem('coalition-crm.locale', code);
    }, locale);
    if (as) {
      const login = await request(s.t.http).post('/api/auth/login').send({ email: as.email, password: PASSWORD }).expect(200);
      await page.evaluate(
        ({ token, user }) => {
          localStorage.setItem('coalition-crm.token', token);
          localStorage.setItem('coalition-crm.user', JSON.stringify({ id: user.id, email: user.email, role: user.role }));
        },
        { token: login.body.accessToken as string, user: login.body.user as { id: string; email: string; role: string } },
      );
    }
    await page.goto(`${s.baseUrl}/#${path}`);
    await page.reload();
  };

  const resetTwoFactor = async (userId: string): Promise<void> => {
    await request(s.t.http)
      .delete(`/api/users/${userId}/two-factor`)
      .set(...bearer(await s.t.tokenFor('admin')))
      .expect(200);
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    s = await startBrowserSession({ LOGIN_LIMIT_PER_IP: '10000', LOGIN_LIMIT_PER_EMAIL: '10000', TWO_FACTOR_MAX_ATTEMPTS: '1000' });
    // axe-core is injected as an inline script, which the app's CSP rightly forbids.
    context = await s.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', bypassCSP: true });
    page = await context.newPage();
    const person = await s.t.dataSource
      .getRepository(Person)
      .save({ firstName: 'Amina', lastName: 'Diallo', email: 'amina@acdh.example.org', otherEmails: [], phones: [], languages: ['fr'] });
    await s.t.dataSource.getRepository(User).update({ id: s.t.users.member.id }, { personId: person.id });
  });
  afterAll(async () => {
    await context.close();
    await s.close();
  });

  it.each(LOCALES)('the sign-in code step and the recovery code step (%s)', async (locale) => {
    // A reset ends the user's sessions: sign in afresh after it.
    await resetTwoFactor(s.t.users.coordinator.id);
    const token = (await request(s.t.http).post('/api/auth/login').send({ email: s.t.users.coordinator.email, password: PASSWORD }).expect(200)).body
      .accessToken as string;
    const setup = await request(s.t.http)
      .post('/api/me/two-factor/setup')
      .set(...bearer(token))
      .expect(200);
    await request(s.t.http)
      .post('/api/me/two-factor/enable')
      .set(...bearer(token))
      .send({ code: await codeAt(setup.body.secret) })
      .expect(200);
    await open('/login', locale);
    await page.getByTestId('login-email').fill(s.t.users.coordinator.email);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-password').press('Enter');
    await page.getByTestId('two-factor-code').waitFor();
    await capture('01-sign-in-code', locale);
    await page.getByTestId('two-factor-code').fill('000000');
    await page.getByTestId('two-factor-submit').click();
    await page.getByTestId('two-factor-problem').waitFor();
    await capture('02-sign-in-wrong-code', locale);
    await page.getByTestId('two-factor-toggle').click();
    await capture('03-sign-in-recovery-code', locale);
  });

  it.each(LOCALES)('the password strength meter on the reset page (%s)', async (locale) => {
    const token = await s.t.dataSource.transaction((manager) => s.t.app.get(UserTokensService).issue(manager, s.t.users.steering.id, 'password_reset'));
    await open(`/reset-password?token=${token}`, locale);
    await page.locator('input[name="password"]').fill('password1234');
    await page.getByTestId('password-feedback').locator('p').first().waitFor();
    await capture('04-password-weak', locale);
    await page.locator('input[name="password"]').fill('sunflowers over the old bridge');
    await page.locator('[data-testid="password-strength"][data-score="4"]').waitFor();
    await capture('05-password-strong', locale);
  });

  it.each(LOCALES)('the Security page: off, set-up, recovery codes, on (%s)', async (locale) => {
    await resetTwoFactor(s.t.users.member.id);
    await open('/security', locale, s.t.users.member);
    await page.getByTestId('two-factor-off').waitFor();
    await capture('06-security-off', locale);
    await page.getByTestId('two-factor-setup-start').click();
    const secret = ((await page.getByTestId('two-factor-secret').textContent()) ?? '').replace(/\s+/g, '');
    await capture('07-security-setup', locale);
    await page.getByTestId('two-factor-setup-code').fill(await codeAt(secret));
    await page.getByTestId('two-factor-setup-confirm').click();
    await page.getByTestId('recovery-codes').waitFor();
    await capture('08-security-recovery-codes', locale);
    await page.getByTestId('recovery-codes-done').click();
    await page.getByTestId('two-factor-on').waitFor();
    await page.getByTestId('two-factor-disable-open').click();
    await capture('09-security-on-turn-off', locale);
  });

  it.each(LOCALES)('the forced enrolment screen and the security policy page (%s)', async (locale) => {
    const admin = await s.t.tokenFor('admin');
    await request(s.t.http)
      .put('/api/security-policy')
      .set(...bearer(admin))
      .send({ twoFactorRequiredRoles: ['steering'] })
      .expect(200);
    await resetTwoFactor(s.t.users.steering.id);
    await open('/', locale, s.t.users.steering);
    await page.getByTestId('two-factor-enrolment').waitFor();
    await capture('10-forced-enrolment', locale);
    await request(s.t.http)
      .put('/api/security-policy')
      .set(...bearer(admin))
      .send({ twoFactorRequiredRoles: [] })
      .expect(200);

    await open('/security-policy', locale, s.t.users.admin);
    await page.getByTestId('security-policy-form').waitFor();
    await capture('11-security-policy', locale);
  });

  it.each(LOCALES)("an admin's reset of a user's two-factor (%s)", async (locale) => {
    await open(`/users/${s.t.users.coordinator.id}/show`, locale, s.t.users.admin);
    await page.getByTestId('reset-two-factor').click();
    await page.getByRole('dialog').waitFor();
    await capture('12-reset-two-factor-dialog', locale);
  });

  it.each(LOCALES)('the pending e-mail notice and the confirm-email page (%s)', async (locale) => {
    // The Security page screens left two-factor authentication on for this member.
    await resetTwoFactor(s.t.users.member.id);
    const member = (await request(s.t.http).post('/api/auth/login').send({ email: s.t.users.member.email, password: PASSWORD }).expect(200)).body
      .accessToken as string;
    await request(s.t.http)
      .put('/api/me/profile')
      .set(...bearer(member))
      .send({ email: `amina.${locale}@acdh.example.org` })
      .expect(200);
    await open('/my-profile', locale, s.t.users.member);
    await page.getByTestId('pending-email').waitFor();
    await capture('13-my-profile-pending-email', locale);

    const requests = await s.t.dataSource.getRepository(EmailChangeRequest).find({ order: { createdAt: 'DESC' }, take: 1 });
    expect(requests).toHaveLength(1);
    await open('/confirm-email?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', locale);
    await page.getByTestId('confirm-email-submit').waitFor();
    await capture('14-confirm-email', locale);
    await page.getByTestId('confirm-email-submit').click();
    await page.getByTestId('confirm-email-problem').waitFor();
    await capture('15-confirm-email-invalid', locale);
  });

  it('has no axe violations on any of them', () => {
    expect(violations).toEqual([]);
    expect(shots.size).toBe(LOCALES.length * VIEWPORTS.length * 15);
  });
});
