import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { MembershipApplication } from '../../api/src/membership-applications/membership-application.entity.js';
import { Organization } from '../../api/src/organizations/organization.entity.js';
import { User } from '../../api/src/users/user.entity.js';
import { startBrowserSession, type BrowserSession } from '../support/browser.js';
import { startSmtpSink, tokenFromMail, type ReceivedMail } from '../support/smtp-sink.js';
import { PASSWORD } from '../support/test-app.js';

type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;

const APPLICANT_EMAIL = 'ana.gomez@odas.example.org';
const FIRST_ORGANIZATION = 'Observatorio del Derecho a la Alimentación';
const SECOND_ORGANIZATION = 'Observatorio Derecho Alimentación y Agua';
const MEMBER_PASSWORD = 'maize beans and clean water';
const NEW_DESCRIPTION = 'We monitor the right to food in Argentina and Chile, and campaign for the OP-ICESCR.';

/** The account e-mail carrying a link of this kind (the applicant also gets a confirmation and a decision). */
async function waitForLinkMail(smtp: SmtpSink, to: string, path: string, timeoutMs = 20_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = smtp.messages.find((mail) => mail.to.includes(to) && mail.raw.replace(/=\r?\n/g, '').includes(path));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No e-mail with a ${path} link to ${to} within ${timeoutMs} ms`);
}

async function countryIds(s: BrowserSession): Promise<Record<string, string>> {
  const response = await request(s.t.http).get('/api/public/countries').expect(200);
  const list = response.body as Array<{ id: string; iso3: string }>;
  return Object.fromEntries(list.map((country) => [country.iso3, country.id]));
}

/** MUI dialogs and notifications fade in for 225 ms; a screenshot taken earlier shows them half transparent. */
const settle = (page: Page): Promise<void> => page.waitForTimeout(400);

/** Countries of work: a country chosen from the list, then added with the button beside it. */
async function addCountryOfWork(page: Page, country: string): Promise<void> {
  await page.getByLabel('Countries of work', { exact: true }).selectOption({ label: country });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
}

describe('membership: from the public form to a member editing its organization', () => {
  let s: BrowserSession;
  let smtp: SmtpSink;
  let browser: Browser;
  let applicant: Page;
  let coordinator: Page;
  let member: Page;
  let countries: Record<string, string>;

  beforeAll(async () => {
    // Links in e-mails carry PUBLIC_URL, known only once the server listens:
    // the test takes the token from the mail and opens it on the session's own address.
    smtp = await startSmtpSink();
    s = await startBrowserSession({ SMTP_URL: smtp.url });
    await s.t.startWorker();
    browser = s.browser;
    countries = await countryIds(s);
    applicant = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' })).newPage();
    coordinator = s.page;
    member = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' })).newPage();
  });
  afterAll(async () => {
    await s.close();
    await smtp.close();
  });

  it('lets an applicant without an account find the form from the login page and read it in Spanish', async () => {
    await applicant.goto(`${s.baseUrl}/#/login`);
    await applicant.getByRole('link', { name: 'Apply for membership' }).click();
    await applicant.getByRole('heading', { level: 1, name: 'Apply for membership' }).waitFor();
    await applicant.getByTestId('locale-switcher').click();
    await applicant.getByTestId('locale-es').click();
    await applicant.getByRole('heading', { level: 1, name: 'Solicitar la adhesión' }).waitFor();
    await applicant.getByLabel('País de la sede').waitFor();
    await s.shot('membership-01-join-spanish', applicant);
    await applicant.getByTestId('locale-switcher').click();
    await applicant.getByTestId('locale-en').click();
    await applicant.getByRole('heading', { level: 1, name: 'Apply for membership' }).waitFor();
  });

  it('shows what is missing when the form is sent empty, and keeps the spam trap out of reach', async () => {
    await applicant.getByTestId('join-submit').click();
    await applicant.getByText('Please agree, so that we may store your application.').waitFor();
    await s.shot('membership-02-join-missing-answers', applicant);
    const trap = applicant.getByTestId('join-homepage');
    await expect(trap.getAttribute('tabindex')).resolves.toBe('-1');
    await expect(trap.getAttribute('autocomplete')).resolves.toBe('off');
    await expect(applicant.locator('[aria-hidden="true"]:has([data-testid="join-homepage"])').count()).resolves.toBe(1);
  });

  it('sends an application from /join and thanks the applicant', async () => {
    const page = applicant;
    await page.getByLabel('Organization name').fill(FIRST_ORGANIZATION);
    await page.getByLabel('Acronym').fill('ODA');
    await page.getByRole('combobox', { name: 'Type of organization' }).selectOption({ label: 'NGO' });
    await page.getByLabel('Website').fill('oda.example.org');
    await page.getByRole('combobox', { name: 'Headquarters country' }).selectOption({ label: 'Argentina' });
    await addCountryOfWork(page, 'Argentina');
    await addCountryOfWork(page, 'Chile');
    await page.getByRole('checkbox', { name: 'Food' }).check();
    await page.getByRole('checkbox', { name: 'Water', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Spanish' }).check();
    await page.getByLabel('Description of the organization').fill('A network of community kitchens and food researchers.');
    await page.getByLabel('First name').fill('Ana');
    await page.getByLabel('Last name').fill('Gómez');
    await page.getByRole('textbox', { name: /^E-mail/ }).fill(APPLICANT_EMAIL);
    await page.getByLabel('Role in the organization').fill('Coordinator');
    await page.getByLabel('Motivation').fill('We want to bring the voices of community kitchens to the campaign.');
    await page.getByRole('checkbox', { name: /I agree that the coalition stores these data/ }).check();
    await s.shot('membership-03-join-filled', page);
    await page.getByTestId('join-submit').click();
    await page.getByTestId('join-thanks').waitFor();
    await expect(page.getByTestId('join-thanks').textContent()).resolves.toContain(APPLICANT_EMAIL);
    await s.shot('membership-04-join-thanks', page);

    const saved = await s.t.dataSource.getRepository(MembershipApplication).findOneByOrFail({ organizationName: FIRST_ORGANIZATION });
    expect(saved).toMatchObject({
      status: 'pending',
      organizationWebsite: 'https://oda.example.org',
      headquartersCountryId: countries.ARG,
      rightsFocus: ['food', 'water'],
      languages: ['es'],
      contactEmail: APPLICANT_EMAIL,
      locale: 'en',
    });
    expect([...saved.countriesOfWorkIds].sort()).toEqual([countries.ARG, countries.CHL].sort());
  });

  it('accepts a second application with the same contact e-mail', async () => {
    await request(s.t.http)
      .post('/api/membership-applications')
      .send({
        organizationName: SECOND_ORGANIZATION,
        organizationType: 'network',
        headquartersCountryId: countries.ARG,
        countriesOfWorkIds: [countries.ARG],
        rightsFocus: ['food'],
        languages: ['es'],
        contactFirstName: 'Ana',
        contactLastName: 'Gómez',
        contactEmail: APPLICANT_EMAIL,
        motivation: 'Sent again, in case the first form was lost.',
        locale: 'es',
        consent: true,
      })
      .expect(201);
  });

  it('shows the coordinator both applications, flagged as possible duplicates', async () => {
    const page = coordinator;
    await page.goto(s.baseUrl);
    await page.getByTestId('login-email').fill(s.t.users.coordinator.email);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('welcome-card').waitFor();
    await page.getByTestId('pending-applications-badge').filter({ hasText: '2' }).waitFor();
    await expect(page.getByTestId('pending-applications-badge').textContent()).resolves.toContain('2');
    await page.getByRole('menuitem', { name: /^Applications/ }).click();
    await page.getByRole('row', { name: new RegExp(FIRST_ORGANIZATION) }).waitFor();
    await page.getByRole('row', { name: new RegExp(SECOND_ORGANIZATION) }).waitFor();
    await expect(page.getByTestId('duplicate-flag').count()).resolves.toBe(2);
    await s.shot('membership-05-applications-list', page);
  });

  it('warns about the duplicate on the second application, beside the first one', async () => {
    const page = coordinator;
    await page
      .getByRole('row', { name: new RegExp(SECOND_ORGANIZATION) })
      .getByRole('link', { name: 'Review' })
      .click();
    await page.getByTestId('duplicate-warning').waitFor();
    const candidates = page.getByTestId('duplicate-applications');
    await candidates.getByRole('link', { name: FIRST_ORGANIZATION }).waitFor();
    await s.shot('membership-06-duplicate-warning', page);
  });

  it('approves the first application and the contact is invited by e-mail', async () => {
    const page = coordinator;
    await page.getByTestId('duplicate-applications').getByRole('link', { name: FIRST_ORGANIZATION }).click();
    await page.getByTestId('application-details').getByText('ODA', { exact: true }).waitFor();
    await page.getByTestId('duplicate-warning').waitFor();
    await page.getByTestId('approve-button').click();
    await page.getByRole('dialog').getByText(`Approve the application of ${FIRST_ORGANIZATION}`).waitFor();
    await settle(page);
    await s.shot('membership-07-approve-dialog', page);
    await page.getByTestId('approve-confirm').click();
    await page.getByTestId('approval-result').waitFor();
    await settle(page);
    await s.shot('membership-08-approved', page);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await page.getByTestId('review-outcome').waitFor();

    const first = await s.t.dataSource.getRepository(MembershipApplication).findOneByOrFail({ organizationName: FIRST_ORGANIZATION });
    expect(first.status).toBe('approved');
    const user = await s.t.dataSource.getRepository(User).findOneByOrFail({ email: APPLICANT_EMAIL });
    expect(user.role).toBe('member');
  });

  it('lets the new member choose a password from the invitation link and signs them in', async () => {
    const mail = await waitForLinkMail(smtp, APPLICANT_EMAIL, '/#/accept-invitation?token=');
    const token = tokenFromMail(mail.raw);
    const page = member;
    await page.goto(`${s.baseUrl}/#/accept-invitation?token=${token}`);
    await page.getByRole('heading', { level: 1, name: 'Welcome! Choose your password' }).waitFor();
    await page.getByLabel('New password').fill(MEMBER_PASSWORD);
    await page.getByLabel('Repeat the password').fill('maize beans and clean wate');
    await page.getByTestId('password-submit').click();
    await page.getByText('The two passwords are not the same.').waitFor();
    await settle(page);
    await s.shot('membership-09-accept-invitation-mismatch', page);
    await page.getByLabel('Repeat the password').fill(MEMBER_PASSWORD);
    await page.getByTestId('password-submit').click();
    await page.getByTestId('welcome-card').waitFor();
    await expect(page.getByTestId('welcome-card').textContent()).resolves.toContain(APPLICANT_EMAIL);
    await s.shot('membership-10-member-dashboard', page);
  });

  it('lets the member sign in again with the new password', async () => {
    const page = member;
    await page.getByTestId('user-menu').getByRole('button').click();
    await page.getByTestId('logout-button').click();
    await page.getByTestId('login-email').fill(APPLICANT_EMAIL);
    await page.getByTestId('login-password').fill(MEMBER_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('welcome-card').waitFor();
  });

  it('lets the member edit the description of their organization', async () => {
    const page = member;
    await page.getByRole('menuitem', { name: 'My organization' }).click();
    const description = page.getByLabel('Description', { exact: true });
    await description.waitFor();
    await description.fill(NEW_DESCRIPTION);
    await s.shot('membership-11-my-organization-edit', page);
    await page.getByRole('button', { name: 'Save' }).click();
    const saved = page.getByText('Your changes have been saved.');
    await saved.waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    await s.shot('membership-12-my-organization-saved', page);
    await saved.waitFor({ state: 'hidden' });

    const first = await s.t.dataSource.getRepository(MembershipApplication).findOneByOrFail({ organizationName: FIRST_ORGANIZATION });
    const organization = await s.t.dataSource.getRepository(Organization).findOneByOrFail({ id: first.organizationId ?? '' });
    expect(organization.description).toBe(NEW_DESCRIPTION);
  });

  it("refuses the member another organization's edit page", async () => {
    const coordinatorToken = await s.t.tokenFor('coordinator');
    const other = await request(s.t.http)
      .post('/api/organizations')
      .set('Authorization', `Bearer ${coordinatorToken}`)
      .send({ name: 'Another Member Organization', headquartersCountryId: countries.CHL })
      .expect(201);
    const otherId = (other.body as { id: string }).id;

    const page = member;
    await page.goto(`${s.baseUrl}/#/organizations/${otherId}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Access denied' }).waitFor();
    await expect(page.getByRole('textbox', { name: 'Name' }).count()).resolves.toBe(0);
    await s.shot('membership-13-other-organization-denied', page);

    const after = await s.t.dataSource.getRepository(Organization).findOneByOrFail({ id: otherId });
    expect(after.name).toBe('Another Member Organization');
  });
});
