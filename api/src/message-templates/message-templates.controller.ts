import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { CreateMessageTemplateDto } from './dto/message-template-fields.dto.js';
import { MessageTemplateResponseDto } from './dto/message-template-response.dto.js';
import { UpdateMessageTemplateDto } from './dto/update-message-template.dto.js';
import { MESSAGE_TEMPLATE_LIST } from './message-templates.list-spec.js';
import { MessageTemplatesService } from './message-templates.service.js';

@ApiTags('message-templates')
@Controller('message-templates')
export class MessageTemplatesController {
  constructor(private readonly templates: MessageTemplatesService) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ListEndpoint(MESSAGE_TEMPLATE_LIST, MessageTemplateResponseDto)
  list(@Query() query: ListQueryDto): Promise<Paginated<MessageTemplateResponseDto>> {
    return this.templates.list(parseListQuery(query, MESSAGE_TEMPLATE_LIST));
  }

  @Get(':id')
  @Roles(...STAFF_ROLES)
  @ApiOkResponse({ type: MessageTemplateResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<MessageTemplateResponseDto> {
    return this.templates.get(id);
  }

  @Post()
  @Roles(...EDITOR_ROLES)
  @ApiCreatedResponse({ type: MessageTemplateResponseDto, description: 'Saved; an unknown placeholder is refused with a 400 naming it' })
  create(@Body() dto: CreateMessageTemplateDto): Promise<MessageTemplateResponseDto> {
    return this.templates.create(dto);
  }

  @Put(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: MessageTemplateResponseDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateMessageTemplateDto): Promise<MessageTemplateResponseDto> {
    return this.templates.update(id, dto);
  }

  @Delete(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: MessageTemplateResponseDto })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<MessageTemplateResponseDto> {
    return this.templates.remove(id);
  }
}
