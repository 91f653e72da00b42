import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UserTokensService } from '../../api/src/users/user-tokens.service.js';
import { startBrowserSession, type BrowserSession } from '../support/browser.js';

describe('password strength feedback where a password is chosen', () => {
  let s: BrowserSession;
  let token: string;

  beforeAll(async () => {
    s = await startBrowserSession({ LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_EMAIL: '1000' });
    token = await s.t.dataSource.transaction((manager) => s.t.app.get(UserTokensService).issue(manager, s.t.users.member.id, 'password_reset'));
  });
  afterAll(() => s.close());

  it("rates a guessable password with zxcvbn's advice as the user types", async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/#/reset-password?token=${token}`);
    await page.getByLabel('New password').fill('password1234');
    const meter = page.getByTestId('password-strength');
    await meter.getByText('Password strength: weak').waitFor();
    await expect(page.getByTestId('password-feedback').textContent()).resolves.toContain('This is similar to a commonly used password');
    await s.shot('password-01-weak');
  });

  it('gives the advice in the chosen language', async () => {
    const { page } = s;
    await page.getByTestId('locale-switcher').click();
    await page.getByTestId('locale-es').click();
    await page.getByLabel('Contraseña nueva').fill('password1234');
    await page.getByTestId('password-strength').getByText('Seguridad de la contraseña: débil').waitFor();
    await expect(page.getByTestId('password-feedback').textContent()).resolves.toMatch(/contraseña/);
    await s.shot('password-02-weak-spanish');
    await page.getByTestId('locale-switcher').click();
    await page.getByTestId('locale-en').click();
  });

  it("shows the server's refusal under the field when a weak password is sent anyway", async () => {
    const { page } = s;
    await page.getByLabel('New password').fill('member@test.example.org rocks');
    await page.getByLabel('Repeat the password').fill('member@test.example.org rocks');
    await page.getByTestId('password-submit').click();
    await page.getByText('The password must not contain your e-mail address or your name.').first().waitFor();
    await s.shot('password-03-server-refusal');
  });

  it('accepts a passphrase and signs the user in', async () => {
    const { page } = s;
    await page.getByLabel('New password').fill('sunflowers over the old bridge');
    await page
      .getByTestId('password-strength')
      .getByText(/Password strength: (strong|very strong)/)
      .waitFor();
    await page.getByLabel('Repeat the password').fill('sunflowers over the old bridge');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('welcome-card').waitFor();
  });
});
