import { ApiProperty, OmitType } from '@nestjs/swagger';
import type { Person } from '../../people/person.entity.js';
import { PersonResponseDto, toPersonResponse } from '../../people/dto/person-response.dto.js';

/** The member's own contact record: a person as staff see it, with the login e-mail instead of the account id. */
export class MyProfileResponseDto extends OmitType(PersonResponseDto, ['userId', 'organizations'] as const) {
  @ApiProperty({ readOnly: true, description: 'The e-mail to log in with; changing the contact e-mail does not change it' })
  loginEmail: string;

  @ApiProperty({
    type: String,
    nullable: true,
    readOnly: true,
    description: 'A new contact e-mail waiting for its confirmation link (sent to it); `email` changes once it is confirmed',
  })
  pendingEmail: string | null;
}

export function toMyProfileResponse(person: Person, loginEmail: string, pendingEmail: string | null): MyProfileResponseDto {
  const { userId: _userId, organizations: _organizations, ...profile } = toPersonResponse(person, null, []);
  return { ...profile, loginEmail, pendingEmail };
}
