import { ActivityCard } from '../notes/ActivityCard';
import type { MembershipApplicationRecord } from './membership-application-record';

/** The reviewers' notes on the application and its recorded changes (received, decided). */
export const ApplicationActivity = ({ record }: { record: MembershipApplicationRecord }) => (
  <ActivityCard targetType="membership_application" entityType="MembershipApplication" targetId={record.id} testId="application-activity" />
);
