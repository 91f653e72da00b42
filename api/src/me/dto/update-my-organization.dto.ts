import { PickType } from '@nestjs/swagger';
import { UpdateOrganizationDto } from '../../organizations/dto/update-organization.dto.js';
import { MEMBER_ORGANIZATION_FIELDS, SECRETARIAT_ORGANIZATION_FIELDS, type SecretariatOrganizationField } from '../member-editable-fields.js';

const SECRETARIAT_FIELDS = Object.keys(SECRETARIAT_ORGANIZATION_FIELDS) as SecretariatOrganizationField[];

/**
 * PUT /api/me/organization: the record as GET returned it, validated by the
 * staff rules (declared once, in UpdateOrganizationDto). The member's own
 * fields are those of MEMBER_ORGANIZATION_FIELDS; the secretariat's are
 * checked for shape here and refused by the service when changed.
 */
export class UpdateMyOrganizationDto extends PickType(UpdateOrganizationDto, [
  ...MEMBER_ORGANIZATION_FIELDS,
  ...SECRETARIAT_FIELDS,
  'id',
  'createdAt',
  'updatedAt',
] as const) {}
