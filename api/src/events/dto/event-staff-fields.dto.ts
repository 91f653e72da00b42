import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsIn } from 'class-validator';
import { IfSent } from '../../common/field-presence.js';
import { uniqueList } from '../../common/text-transforms.js';
import { EVENT_SUPPORT_KINDS, type EventSupportKind } from '../event.contract.js';
import { EventFields } from './event-fields.dto.js';

/** Fields only the secretariat sets: a member sending them changed is refused (403). */
export class EventStaffFields extends EventFields {
  @ApiPropertyOptional({ default: false, description: 'Shown to every member and in every feed' })
  @IfSent()
  @IsBoolean({ message: 'isPublic must be true or false' })
  isPublic?: boolean;

  @ApiPropertyOptional({ enum: EVENT_SUPPORT_KINDS, isArray: true, description: 'Support the coalition gives' })
  @Transform(uniqueList)
  @IfSent()
  @IsArray({ message: 'supportGiven must be a list' })
  @IsIn(EVENT_SUPPORT_KINDS, { each: true, message: `supportGiven must hold only: ${EVENT_SUPPORT_KINDS.join(', ')}` })
  supportGiven?: EventSupportKind[];
}
