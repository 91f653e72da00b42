import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { UpdatePersonDto } from '../../people/dto/update-person.dto.js';
import { MEMBER_PROFILE_FIELDS } from '../member-editable-fields.js';

/**
 * PUT /api/me/profile: the member's own contact record, as GET returned it,
 * validated by the staff rules (declared once, in UpdatePersonDto). The
 * fields are those of MEMBER_PROFILE_FIELDS; consent is recorded by the
 * secretariat, so it comes back read-only here, like the account's fields.
 */
export class UpdateMyProfileDto extends PickType(UpdatePersonDto, [...MEMBER_PROFILE_FIELDS, 'id', 'createdAt', 'updatedAt'] as const) {
  // Only the description differs from the staff field: the member's change waits for confirmation.
  @ApiPropertyOptional({
    type: String,
    description: 'A new contact e-mail is applied once confirmed by the link mailed to it (see pendingEmail); the login e-mail of the account stays as it is',
  })
  declare email?: string | null;

  @ReadOnlyField() consentAt?: unknown;
  @ReadOnlyField() consentSource?: unknown;
  @ReadOnlyField() loginEmail?: unknown;
  @ReadOnlyField() pendingEmail?: unknown;
}
