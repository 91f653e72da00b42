import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Country } from '../../api/src/countries/country.entity.js';
import { MembershipApplication } from '../../api/src/membership-applications/membership-application.entity.js';
import { Organization } from '../../api/src/organizations/organization.entity.js';
import type { MembershipStatus } from '../../api/src/organizations/organization.contract.js';
import { startBrowserSession, type BrowserSession } from '../support/browser.js';

const LAPSED = 'Red por el Derecho a la Salud';
const SUSPENDED = 'Salud para Todas';
const ORGANIZATION_EMAIL = 'info@saludparatodas.example.org';

describe('the approval dialog of an application for a known organization', () => {
  let s: BrowserSession;
  let applicationId: string;
  let lapsed: Organization;
  let suspended: Organization;

  beforeAll(async () => {
    s = await startBrowserSession();
    const argentina = await s.t.dataSource.getRepository(Country).findOneByOrFail({ iso3: 'ARG' });
    const organization = (name: string, email: string | null, membershipStatus: MembershipStatus): Promise<Organization> =>
      s.t.dataSource.getRepository(Organization).save({
        name,
        type: 'ngo',
        headquartersCountryId: argentina.id,
        membershipStatus,
        email,
        rightsFocus: ['health'],
        languages: ['es'],
      });
    // The lapsed member has the e-mail of the application, the suspended one its name in the same country.
    lapsed = await organization(LAPSED, ORGANIZATION_EMAIL, 'lapsed');
    suspended = await organization(SUSPENDED, null, 'suspended');
    const submitted = await request(s.t.http)
      .post('/api/membership-applications')
      .send({
        organizationName: SUSPENDED,
        organizationType: 'ngo',
        organizationEmail: ORGANIZATION_EMAIL,
        headquartersCountryId: argentina.id,
        countriesOfWorkIds: [argentina.id],
        rightsFocus: ['health'],
        languages: ['es'],
        description: 'Community health promoters in the north of Argentina.',
        contactFirstName: 'Julia',
        contactLastName: 'Acosta',
        contactEmail: 'julia.acosta@saludparatodas.example.org',
        contactRole: 'Coordinator',
        motivation: 'We want to join the coalition again after two years away from it.',
        locale: 'es',
        consent: true,
      })
      .expect(201);
    applicationId = submitted.body.id as string;

    await s.logIn(s.t.users.coordinator.email);
  });
  afterAll(async () => {
    await s.close();
  });

  it('preselects the organization with the same e-mail, shows each membership status and keeps the suspended one out of reach', async () => {
    const page = s.page;
    await page.goto(`${s.baseUrl}/#/membership-applications/${applicationId}/show`);
    await page.getByTestId('approve-button').click();
    const choice = page.getByTestId('approve-organization-choice');
    await choice.waitFor();

    const lapsedOption = choice.getByRole('radio', { name: new RegExp(LAPSED) });
    const suspendedOption = choice.getByRole('radio', { name: new RegExp(SUSPENDED) });
    await expect(lapsedOption.isChecked()).resolves.toBe(true);
    await expect(choice.getByRole('radio', { name: /Create a new organization/ }).isChecked()).resolves.toBe(false);
    await expect(suspendedOption.isDisabled()).resolves.toBe(true);
    await choice.getByText('Membership: Lapsed').waitFor();
    await choice.getByText('Membership: Suspended').waitFor();
    await choice.getByText(/Suspended: lift the suspension/).waitFor();
    await page.waitForTimeout(400);
    await s.shot('approval-duplicates-dialog', page);

    // Creating a new organization beside an exact duplicate takes an explicit confirmation.
    await choice.getByRole('radio', { name: /Create a new organization/ }).check();
    const confirmation = choice.getByRole('checkbox', { name: new RegExp(`different organization from ${LAPSED}`) });
    await confirmation.waitFor();
    await expect(page.getByTestId('approve-confirm').isDisabled()).resolves.toBe(true);
    await confirmation.check();
    await expect(page.getByTestId('approve-confirm').isEnabled()).resolves.toBe(true);
    await lapsedOption.check();
  });

  it('approves onto the preselected lapsed organization, which becomes active again, without creating another', async () => {
    const page = s.page;
    const organizations = await s.t.dataSource.getRepository(Organization).count();
    await page.getByTestId('approve-confirm').click();
    await page.getByTestId('approval-result').waitFor();
    expect(await s.t.dataSource.getRepository(Organization).count()).toBe(organizations);
    const application = await s.t.dataSource.getRepository(MembershipApplication).findOneByOrFail({ id: applicationId });
    expect(application).toMatchObject({ status: 'approved', organizationId: lapsed.id });
    expect((await s.t.dataSource.getRepository(Organization).findOneByOrFail({ id: lapsed.id })).membershipStatus).toBe('active');
    expect((await s.t.dataSource.getRepository(Organization).findOneByOrFail({ id: suspended.id })).membershipStatus).toBe('suspended');
  });
});
