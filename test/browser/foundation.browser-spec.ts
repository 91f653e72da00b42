import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { User } from '../../api/src/users/user.entity.js';
import { startBrowserSession, type BrowserSession } from '../support/browser.js';
import { PASSWORD } from '../support/test-app.js';

describe('the admin shell in Chromium', () => {
  let s: BrowserSession;

  beforeAll(async () => {
    s = await startBrowserSession();
  });
  afterAll(() => s.close());

  it('shows the login page and refuses a wrong password with the server message', async () => {
    const { page } = s;
    await page.goto(s.baseUrl);
    await page.getByTestId('login-email').fill(s.t.users.admin.email);
    await page.getByTestId('login-password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Wrong e-mail or password').waitFor();
    await s.shot('01-login-wrong-password');
  });

  it('logs the admin in and shows the dashboard with the system status', async () => {
    const { page } = s;
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('welcome-card').waitFor();
    await expect(page.getByTestId('welcome-card').textContent()).resolves.toContain(s.t.users.admin.email);
    await page.locator('[data-testid="system-status-summary"][data-status="ok"]').waitFor();
    await s.shot('02-dashboard');
  });

  it('creates a coordinator from the users page', async () => {
    const { page } = s;
    await page.getByRole('menuitem', { name: 'Users' }).click();
    await page.waitForURL(/#\/users$/);
    await page.getByRole('link', { name: 'Create', exact: true }).click();
    await page.waitForURL(/#\/users\/create$/);
    // The list stays on screen for a moment after the URL changes, and its "Sort by e-mail" button
    // carries the label too: wait for the form's text box itself.
    await page.getByRole('textbox', { name: 'E-mail' }).fill('new.coordinator@example.org');
    await page.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Coordinator' }).click();
    await page.getByLabel('Password', { exact: true }).fill('a long enough password');
    await s.shot('03-user-create');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('row', { name: /new\.coordinator@example\.org/ }).waitFor();
    await s.shot('04-users-list');
    const saved = await s.t.dataSource.getRepository(User).findOneByOrFail({ email: 'new.coordinator@example.org' });
    expect(saved.role).toBe('coordinator');
  });

  it('shows the server message when the e-mail is already taken', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Create', exact: true }).click();
    await page.waitForURL(/#\/users\/create$/);
    await page.getByRole('textbox', { name: 'E-mail' }).fill('NEW.coordinator@example.org');
    await page.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Member' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    // Worded from the answer's code in the interface language.
    const message = 'An account with the e-mail address NEW.coordinator@example.org already exists.';
    // Shown twice: under the e-mail field and in the notification.
    await page.getByRole('alert').filter({ hasText: message }).first().waitFor();
    await expect(page.getByText(message).count()).resolves.toBeGreaterThanOrEqual(1);
    await s.shot('05-user-duplicate');
  });

  it('logs out back to the login page, and the users page then asks to log in', async () => {
    const { page } = s;
    await page.getByTestId('user-menu').getByRole('button').click();
    await page.getByTestId('logout-button').click();
    await page.getByTestId('login-email').waitFor();
    await page.goto(`${s.baseUrl}/#/users`);
    await page.getByTestId('login-email').waitFor();
    await s.shot('06-logged-out');
  });
});
