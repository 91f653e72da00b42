import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES, type UserRole } from '../../users/user-role.contract.js';

export class SessionUserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty({ enum: USER_ROLES })
  role: UserRole;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  personId: string | null;
}

export class LoginResponseDto {
  @ApiProperty({ description: 'JWT to send as "Authorization: Bearer <token>"' })
  accessToken: string;

  @ApiProperty({ type: SessionUserDto })
  user: SessionUserDto;
}
