import { Create, SimpleForm } from 'react-admin';
import { FORM_SX } from '../common/form-layout';
import { OrganizationInputs } from './OrganizationInputs';
import type { OrganizationRecord } from './organization-record';

const DEFAULTS: Partial<OrganizationRecord> = {
  type: 'ngo',
  membershipStatus: 'applicant',
  isSteeringCommittee: false,
  countriesOfWorkIds: [],
  rightsFocus: [],
  languages: [],
  workingGroupIds: [],
};

export const OrganizationCreate = () => (
  <Create<OrganizationRecord> redirect="show">
    <SimpleForm noValidate sx={FORM_SX} defaultValues={DEFAULTS}>
      <OrganizationInputs />
    </SimpleForm>
  </Create>
);
