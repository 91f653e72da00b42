import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { Affiliation } from '../../api/src/affiliations/affiliation.entity.js';
import { Country } from '../../api/src/countries/country.entity.js';
import { seedDemoData } from '../../api/src/demo-data/seed-demo-data.js';
import { Note } from '../../api/src/notes/note.entity.js';
import { Organization } from '../../api/src/organizations/organization.entity.js';
import { Person } from '../../api/src/people/person.entity.js';
import { User } from '../../api/src/users/user.entity.js';
import { startBrowserSession, type BrowserSession } from '../support/browser.js';
import { PASSWORD } from '../support/test-app.js';

const NOTE = 'Met the focal point at the Ministry of Foreign Affairs; a letter on the Optional Protocol follows in March.';
const NEW_DESCRIPTION = 'Women defending their homes against forced evictions in Buenos Aires and Rosario.';

async function logIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.keyboard.press('Enter');
  await page.getByTestId('welcome-card').waitFor();
}

/** Lets transitions (dialogs, tab indicators, ripples) finish and scrolls to the top, so the full-page shot is what a person sees. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400);
}

async function logOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').getByRole('button').click();
  await page.getByTestId('logout-button').click();
  await page.getByTestId('login-email').waitFor();
}

describe('organizations, people and the member pages in Chromium', () => {
  let s: BrowserSession;
  let own: Organization;
  let other: Organization;
  let twin: Organization;
  let marta: Person;

  beforeAll(async () => {
    s = await startBrowserSession({ LOGIN_LIMIT_PER_IP: '1000', LOGIN_LIMIT_PER_EMAIL: '1000' });
    // Some 300 organizations with their people, so that lists, filters and pages look as they will.
    await seedDemoData(s.t.dataSource);
    const argentina = await s.t.dataSource.getRepository(Country).findOneByOrFail({ iso3: 'ARG' });
    const organizations = s.t.dataSource.getRepository(Organization);
    // Saved through the entities, so that the audit trail records their creation.
    own = await organizations.save({
      name: 'Red Mujeres y Vivienda',
      acronym: 'RMV',
      type: 'network',
      headquartersCountryId: argentina.id,
      countriesOfWork: [argentina],
      website: 'https://rmv.example.org',
      email: 'info@rmv.example.org',
      description: 'Women defending their homes.',
      rightsFocus: ['housing', 'land'],
      languages: ['es'],
      membershipStatus: 'active',
      joinedAt: '2019-05-01',
      isSteeringCommittee: false,
    });
    other = await organizations.save({ name: 'Colectivo Agua Pura', type: 'ngo', membershipStatus: 'active', rightsFocus: ['water'], languages: ['es'] });
    // The same e-mail as RMV: the duplicate finder pairs them.
    twin = await organizations.save({
      name: 'Red de Mujeres y Vivienda (Rosario)',
      type: 'network',
      headquartersCountryId: argentina.id,
      email: 'info@rmv.example.org',
      membershipStatus: 'applicant',
      rightsFocus: ['housing'],
      languages: ['es'],
    });
    marta = await s.t.dataSource.getRepository(Person).save({
      firstName: 'Marta',
      lastName: 'Quispe',
      email: 'marta@rmv.example.org',
      otherEmails: ['marta.quispe@example.org'],
      phones: ['+54 11 4000 0000'],
      jobTitle: 'Coordinator',
      countryId: argentina.id,
      languages: ['es', 'en'],
    });
    await s.t.dataSource
      .getRepository(Affiliation)
      .save({ personId: marta.id, organizationId: own.id, role: 'Coordinator', isPrimaryContact: true, since: '2019-05-01' });
    // The member of the test app speaks for RMV: a user linked to a person with a primary affiliation.
    await s.t.dataSource.getRepository(User).update({ id: s.t.users.member.id }, { personId: marta.id });
  }, 120_000);
  afterAll(() => s.close());

  it('shows the coordinator the members card on the dashboard and the grouped menu', async () => {
    const { page } = s;
    await logIn(page, s.baseUrl, s.t.users.coordinator.email);
    await page.getByTestId('members-card').waitFor();
    const active = await s.t.dataSource.getRepository(Organization).countBy({ membershipStatus: 'active' });
    // The count arrives after the card: wait for it rather than read it at once.
    await page
      .getByTestId('members-count-active')
      .filter({ hasText: String(active) })
      .waitFor();
    await expect(page.getByTestId('members-count-active').textContent()).resolves.toContain(String(active));
    for (const item of ['Organizations', 'People', 'Working groups', 'Countries']) {
      await page.getByRole('menuitem', { name: item }).waitFor();
    }
    await settle(page);
    await s.shot('organizations-01-dashboard-coordinator');
  });

  it('fits the organizations list in a laptop window, the acronym and the steering-committee mark under the name', async () => {
    const { page } = s;
    await page.getByRole('menuitem', { name: 'Organizations' }).click();
    await page.getByText('1-25 of 303').waitFor();
    await settle(page);
    // Long names, three-part contact names, every column: the table stays inside the 1280-pixel window.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(1280);
    const steering = await s.t.dataSource
      .getRepository(Organization)
      .createQueryBuilder('o')
      .where('o.isSteeringCommittee = true AND o.acronym IS NOT NULL')
      .orderBy('o.name')
      .getOneOrFail();
    await page.getByPlaceholder('Search').fill(steering.name);
    const row = page.getByRole('row', { name: steering.name }).first();
    const lines = (await row.getByTestId('organization-name').innerText()).split('\n').filter((line) => line !== '');
    expect(lines).toEqual([steering.name, `${steering.acronym} · Steering committee`]);
    await page.getByPlaceholder('Search').fill('');
    await page.getByText('1-25 of 303').waitFor();
  });

  it('lets a coordinator search organizations and filter them by membership status', async () => {
    const { page } = s;
    await page.getByRole('menuitem', { name: 'Organizations' }).click();
    await page.waitForURL(/#\/organizations/);
    await page.getByText('1-25 of 303').waitFor();
    await settle(page);
    await s.shot('organizations-02-list');

    await page.getByPlaceholder('Search').fill('Mujeres y Vivienda');
    await page.getByRole('row', { name: /Red de Mujeres y Vivienda \(Rosario\)/ }).waitFor();
    await expect(page.locator('tbody tr').count()).resolves.toBe(2);
    await page.getByPlaceholder('Search').fill('');

    await page.getByRole('combobox', { name: 'Membership' }).click();
    await page.getByRole('option', { name: 'Suspended' }).click();
    await page.waitForURL(/membershipStatus/);
    const suspended = await s.t.dataSource.getRepository(Organization).countBy({ membershipStatus: 'suspended' });
    expect(suspended).toBeGreaterThan(0);
    // The rows of the filtered page replace the others: wait for exactly the suspended ones.
    await page.waitForFunction(
      (expected) => {
        const chips = [...document.querySelectorAll('tbody [data-status]')];
        return chips.length === expected && chips.every((chip) => chip.getAttribute('data-status') === 'suspended');
      },
      Math.min(suspended, 25),
    );
    await settle(page);
    await s.shot('organizations-03-list-filtered-suspended');
  });

  it('exports the filtered organizations as CSV through the API', async () => {
    const { page } = s;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('server-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^organizations-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const rows = csv.trim().split(/\r?\n/);
    const suspended = await s.t.dataSource.getRepository(Organization).countBy({ membershipStatus: 'suspended' });
    expect(rows).toHaveLength(suspended + 1);
    expect(rows[0]).toContain('membershipStatus');
  });

  it('opens an organization and shows its profile and its people', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/#/organizations?filter=${encodeURIComponent(JSON.stringify({ q: 'RMV' }))}`);
    await page.getByRole('row', { name: /^.*Red Mujeres y Vivienda.*RMV/ }).click();
    await page.waitForURL(new RegExp(`#/organizations/${own.id}/show$`));
    const profile = page.getByTestId('organization-profile');
    await profile.getByText('Argentina').first().waitFor();
    await profile.getByText('Housing').waitFor();
    await profile.getByRole('link', { name: 'https://rmv.example.org' }).waitFor();
    await settle(page);
    await s.shot('organizations-04-show-profile');

    await page.getByRole('tab', { name: 'People' }).click();
    const current = page.getByTestId('affiliations-current');
    await current.getByRole('row', { name: /Marta Quispe.*Coordinator.*Primary/ }).waitFor();
    await page.getByText('No former affiliations.').waitFor();
    await settle(page);
    await s.shot('organizations-05-show-people');
  });

  it('adds a note that appears at the top of the activity timeline, above the audit trail', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: 'Activity' }).click();
    const timeline = page.getByTestId('timeline');
    await timeline.getByText(/Created by System/).waitFor();
    await page.getByTestId('note-body').fill(NOTE);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Note added').waitFor();
    await page.getByTestId('timeline-note').filter({ hasText: NOTE }).first().waitFor();
    await expect(page.getByTestId('timeline-note').first().textContent()).resolves.toBe(NOTE);
    await expect(page.getByTestId('note-body').inputValue()).resolves.toBe('');
    const saved = await s.t.dataSource.getRepository(Note).findOneByOrFail({ targetId: own.id, targetType: 'organization' });
    expect(saved).toMatchObject({ body: NOTE, authorEmail: s.t.users.coordinator.email });
    await settle(page);
    await s.shot('organizations-06-show-activity');
  });

  it('offers only the statuses that may follow and records the change in the membership history', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Edit' }).first().click();
    await page.waitForURL(new RegExp(`#/organizations/${own.id}$`));
    await page.getByRole('combobox', { name: 'Membership' }).click();
    const offered = await page.getByRole('option').allTextContents();
    expect(offered).toEqual(['Active', 'Suspended', 'Lapsed', 'Withdrawn']);
    await page.getByRole('option', { name: 'Suspended' }).click();
    await settle(page);
    await s.shot('organizations-07-edit');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`#/organizations/${own.id}/show$`));
    await page.getByRole('tab', { name: 'Membership history' }).click();
    const history = page.getByTestId('membership-history');
    await history.getByRole('row', { name: /Active.*Suspended.*coordinator@test\.example\.org/ }).waitFor();
    await settle(page);
    await s.shot('organizations-08-show-membership-history');
    await expect(s.t.dataSource.getRepository(Organization).findOneByOrFail({ id: own.id })).resolves.toMatchObject({ membershipStatus: 'suspended' });
  });

  it('shows the server message under the field when the API refuses a change', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Edit' }).first().click();
    await page.getByLabel('Website').fill('not a web address');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('.MuiFormHelperText-root.Mui-error', { hasText: 'Must be a web address (https://…).' }).waitFor();
    await settle(page);
    await s.shot('organizations-09-edit-server-error');
    await page.getByLabel('Website').fill('https://www.rmv.example.org');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`#/organizations/${own.id}/show$`));
    await expect(s.t.dataSource.getRepository(Organization).findOneByOrFail({ id: own.id })).resolves.toMatchObject({ website: 'https://www.rmv.example.org' });
  });

  it('lists a possible duplicate and merges it into the organization that stays', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: 'Duplicates' }).click();
    await page.getByTestId('duplicates').getByText('Red de Mujeres y Vivienda (Rosario)').waitFor();
    await settle(page);
    await s.shot('organizations-10-show-duplicates');
    await page.getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('merge-explanation').textContent()).resolves.toContain(
      '“Red Mujeres y Vivienda” is kept. “Red de Mujeres y Vivienda (Rosario)” is deleted',
    );
    await settle(page);
    await s.shot('organizations-11-merge-dialog');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByTestId('duplicates-empty').waitFor();
    await expect(s.t.dataSource.getRepository(Organization).findOneBy({ id: twin.id })).resolves.toBeNull();
  });

  it('finds the people of an organization and shows a person with their organizations', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/#/people?filter=${encodeURIComponent(JSON.stringify({ organizationId: own.id }))}`);
    await page.getByRole('row', { name: /Quispe.*Marta/ }).waitFor();
    await expect(page.locator('tbody tr').count()).resolves.toBe(1);
    // The filter shows the organization's whole name, not "Red Muj…".
    const filter = page.getByRole('combobox', { name: 'Members through organization' });
    await expect(filter.inputValue()).resolves.toBe('Red Mujeres y Vivienda (RMV)');
    await expect(filter.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)).resolves.toBe(true);
    await settle(page);
    await s.shot('organizations-12-people-list-by-organization');
    // The row's middle is now the organization's link, which opens the organization: click the name.
    await page
      .getByRole('row', { name: /Quispe.*Marta/ })
      .getByRole('cell', { name: 'Quispe', exact: true })
      .click();
    await page.getByTestId('person-profile').getByText('marta.quispe@example.org').waitFor();
    await settle(page);
    await s.shot('organizations-13-person-show');
    await page.getByRole('tab', { name: 'Organizations' }).click();
    await page
      .getByTestId('affiliations-current')
      .getByRole('row', { name: /Red Mujeres y Vivienda.*Coordinator/ })
      .waitFor();
    await settle(page);
    await s.shot('organizations-14-person-affiliations');
    await page.getByRole('tab', { name: 'Activity' }).click();
    await page
      .getByTestId('timeline')
      .getByText(/Created by System/)
      .waitFor();
    await settle(page);
    await s.shot('organizations-15-person-activity');
    await page.getByRole('tab', { name: 'Duplicates' }).click();
    await page.getByTestId('duplicates-empty').waitFor();
    await page.getByRole('link', { name: 'Edit' }).first().click();
    await page.getByLabel('Last name').waitFor();
    await settle(page);
    await s.shot('organizations-16-person-edit');
  });

  it('creates a person with further e-mail addresses and phone numbers', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/#/people/create`);
    await page.getByLabel('First name').fill('Nilda');
    await page.getByLabel('Last name').fill('Paredes');
    await page.getByLabel('E-mail', { exact: true }).first().fill('nilda@rmv.example.org');
    await page.locator('.ra-input-otherEmails').getByRole('button', { name: 'Add' }).click();
    await page.locator('.ra-input-otherEmails input').last().fill('nilda.paredes@example.org');
    await page.locator('.ra-input-phones').getByRole('button', { name: 'Add' }).click();
    await page.locator('.ra-input-phones input').last().fill('+54 341 555 0101');
    await settle(page);
    await s.shot('organizations-17-person-create');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('person-profile').getByText('nilda.paredes@example.org').waitFor();
    await expect(s.t.dataSource.getRepository(Person).findOneByOrFail({ email: 'nilda@rmv.example.org' })).resolves.toMatchObject({
      otherEmails: ['nilda.paredes@example.org'],
      phones: ['+54 341 555 0101'],
    });
  });

  it('adds an affiliation from the organization page in a dialog', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/#/organizations/${other.id}/show/people`);
    await page.getByText('Nobody is affiliated with this organization at the moment.').waitFor();
    await page.getByTestId('add-affiliation').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Person').fill('Quispe');
    await page.getByRole('option', { name: 'Marta Quispe' }).click();
    await dialog.getByLabel('Role').fill('Adviser');
    await settle(page);
    await s.shot('organizations-18-affiliation-dialog');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await page
      .getByTestId('affiliations-current')
      .getByRole('row', { name: /Marta Quispe.*Adviser/ })
      .waitFor();
    await expect(s.t.dataSource.getRepository(Affiliation).countBy({ organizationId: other.id, personId: marta.id })).resolves.toBe(1);
  });

  it('shows the countries and the working groups', async () => {
    const { page } = s;
    await page.getByRole('menuitem', { name: 'Countries' }).click();
    await page.getByRole('combobox', { name: 'OP-ICESCR' }).click();
    await page.getByRole('option', { name: 'Ratified' }).click();
    await page.getByRole('row', { name: /Argentina.*ARG.*Ratified/ }).waitFor();
    await settle(page);
    await s.shot('organizations-19-countries-list');
    await page.getByRole('row', { name: /Argentina.*ARG/ }).click();
    await page.getByText('Argentine').waitFor();
    await settle(page);
    await s.shot('organizations-20-country-show');
    await page.getByRole('menuitem', { name: 'Working groups' }).click();
    await page.getByRole('row', { name: /Right to food/ }).waitFor();
    await settle(page);
    await s.shot('organizations-21-working-groups');
    await page.getByRole('row', { name: /Right to food/ }).click();
    await page.getByRole('link', { name: /organizations?$/ }).waitFor();
    await settle(page);
    await s.shot('organizations-22-working-group-show');
  });

  it('shows the coordinator an empty form to create an organization', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/#/organizations/create`);
    await page.getByLabel('Name').first().waitFor();
    await expect(page.getByRole('combobox', { name: 'Membership' }).textContent()).resolves.toContain('Applicant');
    await settle(page);
    await s.shot('organizations-23-create');
  });

  it('speaks Spanish and French on the organization pages', async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/#/organizations/${own.id}/show`);
    await page.getByTestId('locale-switcher').click();
    await page.getByTestId('locale-es').click();
    await page.getByRole('tab', { name: 'Personas' }).waitFor();
    await settle(page);
    await s.shot('organizations-24-show-profile-es');
    await page.getByTestId('locale-switcher').click();
    await page.getByTestId('locale-fr').click();
    await page.getByRole('tab', { name: 'Personnes' }).click();
    await page.getByText('Personnes actuelles').waitFor();
    await settle(page);
    await s.shot('organizations-25-show-people-fr');
    await page.getByTestId('locale-switcher').click();
    await page.getByTestId('locale-en').click();
    await logOut(page);
  });

  it('gives a member "My organization" and "My profile" and none of the staff lists', async () => {
    const { page } = s;
    await logIn(page, s.baseUrl, s.t.users.member.email);
    await page.getByTestId('member-links').waitFor();
    await page.getByTestId('menu-my-organization').waitFor();
    await page.getByTestId('menu-my-profile').waitFor();
    for (const item of ['Organizations', 'People', 'Working groups', 'Countries', 'Users']) {
      await expect(page.getByRole('menuitem', { name: item }).count()).resolves.toBe(0);
    }
    await settle(page);
    await s.shot('organizations-26-dashboard-member');
  });

  it('lets the member change the description of their organization, the secretariat fields read-only', async () => {
    const { page } = s;
    await page.getByTestId('menu-my-organization').click();
    const form = page.getByTestId('my-organization-form');
    await expect(form.getByLabel('Name').inputValue()).resolves.toBe('Red Mujeres y Vivienda');
    const secretariat = page.getByTestId('secretariat-panel');
    await secretariat.getByText('Suspended').waitFor();
    await expect(form.getByRole('combobox', { name: 'Membership' }).count()).resolves.toBe(0);
    await form.getByLabel('Description').fill(NEW_DESCRIPTION);
    await settle(page);
    await s.shot('organizations-27-my-organization');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Your changes have been saved.').waitFor();
    await expect(s.t.dataSource.getRepository(Organization).findOneByOrFail({ id: own.id })).resolves.toMatchObject({
      description: NEW_DESCRIPTION,
      membershipStatus: 'suspended',
    });
  });

  it('shows the member their own profile', async () => {
    const { page } = s;
    await page.getByTestId('menu-my-profile').click();
    const form = page.getByTestId('my-profile-form');
    await expect(form.getByLabel('First name').inputValue()).resolves.toBe('Marta');
    await page.getByTestId('secretariat-panel').getByText(s.t.users.member.email).waitFor();
    await settle(page);
    await s.shot('organizations-28-my-profile');
  });

  it("shows a member who opens another organization's edit page that access is denied, not a form", async () => {
    const { page } = s;
    await page.goto(`${s.baseUrl}/#/organizations/${other.id}/edit`);
    await page.getByTestId('access-denied').waitFor();
    await page.getByTestId('access-denied').getByRole('heading', { name: 'Access denied' }).waitFor();
    await page.getByTestId('access-denied').getByRole('link', { name: 'Back to the dashboard' }).waitFor();
    await expect(page.locator('form input').count()).resolves.toBe(0);
    await settle(page);
    await s.shot('organizations-29-member-access-denied');
    await expect(s.t.dataSource.getRepository(Organization).findOneByOrFail({ id: other.id })).resolves.toMatchObject({ name: 'Colectivo Agua Pura' });
  });
});
