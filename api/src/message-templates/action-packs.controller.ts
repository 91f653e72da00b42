import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { CurrentUser, type AuthenticatedUser } from '../auth/authenticated-user.js';
import { STAFF_ROLES } from '../users/user-role.contract.js';
import { ActionPackService } from './action-pack.service.js';
import { ActionPackDto, ActionPackQueryDto } from './dto/action-pack.dto.js';

/** A country's action pack: the staff's for every country, a member's for its organization's countries. */
@ApiTags('message-templates')
@Controller('countries')
export class ActionPacksController {
  constructor(private readonly packs: ActionPackService) {}

  @Get(':iso3/action-pack')
  @Roles(...STAFF_ROLES, 'member')
  @ApiOkResponse({ type: ActionPackDto, description: 'Every template of the language filled in for the country; social posts over 280 characters are flagged' })
  pack(@Param('iso3') iso3: string, @Query() query: ActionPackQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<ActionPackDto> {
    return this.packs.pack(iso3, query.lang ?? 'en', user);
  }

  @Get(':iso3/action-pack.docx')
  @Roles(...STAFF_ROLES, 'member')
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOkResponse({ description: 'The same pack as a Word document', schema: { type: 'string', format: 'binary' } })
  document(@Param('iso3') iso3: string, @Query() query: ActionPackQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<StreamableFile> {
    return this.packs.document(iso3, query.lang ?? 'en', user);
  }
}
