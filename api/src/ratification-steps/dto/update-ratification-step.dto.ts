import { OmitType, PartialType } from '@nestjs/swagger';
import { ReadOnlyField } from '../../common/read-only-field.decorator.js';
import { CreateRatificationStepDto } from './create-ratification-step.dto.js';

/** PUT takes the record back as GET returned it; a step stays with its country. */
export class UpdateRatificationStepDto extends PartialType(OmitType(CreateRatificationStepDto, ['countryId'] as const)) {
  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() countryId?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}
