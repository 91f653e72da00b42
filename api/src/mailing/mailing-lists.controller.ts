import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { CreateMailingListDto, MailingListResponseDto, UpdateMailingListDto } from './dto/mailing-list.dto.js';
import { MAILING_LIST_LIST } from './mailing.list-specs.js';
import { MailingListsService } from './mailing-lists.service.js';

@ApiTags('mailing')
@Controller('mailing-lists')
export class MailingListsController {
  constructor(private readonly lists: MailingListsService) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ListEndpoint(MAILING_LIST_LIST, MailingListResponseDto)
  list(@Query() query: ListQueryDto): Promise<Paginated<MailingListResponseDto>> {
    return this.lists.list(parseListQuery(query, MAILING_LIST_LIST));
  }

  @Get(':id')
  @Roles(...STAFF_ROLES)
  @ApiOkResponse({ type: MailingListResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<MailingListResponseDto> {
    return this.lists.get(id);
  }

  @Post()
  @Roles(...EDITOR_ROLES)
  @ApiCreatedResponse({ type: MailingListResponseDto })
  create(@Body() dto: CreateMailingListDto): Promise<MailingListResponseDto> {
    return this.lists.create(dto);
  }

  @Put(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: MailingListResponseDto, description: 'A change of provider sends everyone on the list to the new one' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateMailingListDto): Promise<MailingListResponseDto> {
    return this.lists.update(id, dto);
  }

  @Delete(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: MailingListResponseDto, description: 'Only a list nobody is subscribed to' })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<MailingListResponseDto> {
    return this.lists.remove(id);
  }
}
