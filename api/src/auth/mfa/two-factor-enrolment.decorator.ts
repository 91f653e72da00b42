import { SetMetadata } from '@nestjs/common';

export const ALLOWED_BEFORE_TWO_FACTOR = 'access:allowed-before-two-factor';

/**
 * Marks the routes a user may call while the security policy requires
 * two-factor authentication of their role and they have not set it up yet:
 * their own session and the set-up itself. Every other route answers 403.
 */
export const AllowedBeforeTwoFactor = (): MethodDecorator & ClassDecorator => SetMetadata(ALLOWED_BEFORE_TWO_FACTOR, true);

export const TWO_FACTOR_ENROLMENT_REQUIRED =
  'Two-factor enrolment is required: your role must use two-factor authentication; set it up under Security before doing anything else';
