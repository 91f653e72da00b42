import { ApiProperty } from '@nestjs/swagger';
import { MEMBERSHIP_STATUSES, type MembershipStatus } from '../organization.contract.js';

/** One change of an organization's membership status, read from the audit trail. */
export class MembershipChangeDto {
  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ type: String, nullable: true, description: 'Who made the change; empty for changes made by the system' })
  userEmail: string | null;

  // null is listed among the values: with `nullable` alone, a validator still refuses null as outside the enum.
  @ApiProperty({ enum: [...MEMBERSHIP_STATUSES, null], nullable: true, description: 'Empty when the organization was created' })
  from: MembershipStatus | null;

  @ApiProperty({ enum: [...MEMBERSHIP_STATUSES, null], nullable: true, description: 'Empty when the organization was deleted' })
  to: MembershipStatus | null;
}
