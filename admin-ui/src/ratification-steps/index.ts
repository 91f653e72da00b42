import { ALL, LIST_AND_SHOW } from '../auth/access-rule';
import { lazyPage } from '../common/lazy-page';
import type { ResourceDefinition } from '../common/resource-definition';
import { ratificationStepsMessages } from './messages';
import { STAGE_CHOICES, STEP_STATUS_CHOICES } from './ratification-step-record';

/** Reached from the country page, where the steps show as a timeline: no menu entry of its own. */
export const ratificationSteps: ResourceDefinition = {
  name: 'ratification-steps',
  pages: {
    create: lazyPage(() => import('./RatificationStepCreate'), 'RatificationStepCreate'),
  },
  access: { admin: ALL, coordinator: ALL, steering: LIST_AND_SHOW },
  auditEntityType: 'RatificationStep',
  auditValues: {
    countryId: { reference: 'countries' },
    stage: { choices: STAGE_CHOICES },
    status: { choices: STEP_STATUS_CHOICES },
  },
  messages: ratificationStepsMessages,
};
