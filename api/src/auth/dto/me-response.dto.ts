import { ApiProperty } from '@nestjs/swagger';
import { SessionUserDto } from './login-response.dto.js';

export class CalendarTokenDto {
  @ApiProperty({
    description:
      'Personal token of the iCalendar feed: GET /api/events/calendar.ics?token=… Opens that feed and nothing else; regenerating it revokes the old one.',
  })
  calendarToken: string;
}

/** The signed-in user, as GET /api/auth/me answers. */
export class MeResponseDto extends SessionUserDto {
  @ApiProperty({ description: 'Personal token of the iCalendar feed (GET /api/events/calendar.ics?token=…); opens that feed and nothing else' })
  calendarToken: string;
}
