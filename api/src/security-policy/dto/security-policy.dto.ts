import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn } from 'class-validator';
import { uniqueList } from '../../common/text-transforms.js';
import { TWO_FACTOR_POLICY_ROLES, type TwoFactorPolicyRole } from '../two-factor-roles.contract.js';

/** GET and PUT /api/security-policy: the whole policy, as one record. */
export class SecurityPolicyDto {
  @ApiProperty({
    enum: TWO_FACTOR_POLICY_ROLES,
    isArray: true,
    description: 'Users of these roles must set up two-factor authentication before they can do anything else',
  })
  @Transform(uniqueList)
  @IsArray({ message: 'twoFactorRequiredRoles must be a list of roles' })
  @ArrayMaxSize(TWO_FACTOR_POLICY_ROLES.length, { message: `twoFactorRequiredRoles may hold only: ${TWO_FACTOR_POLICY_ROLES.join(', ')}` })
  @IsIn(TWO_FACTOR_POLICY_ROLES, { each: true, message: `twoFactorRequiredRoles may hold only: ${TWO_FACTOR_POLICY_ROLES.join(', ')}` })
  twoFactorRequiredRoles: TwoFactorPolicyRole[];
}
