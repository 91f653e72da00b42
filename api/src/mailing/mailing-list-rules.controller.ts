import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { CreateMailingListRuleDto, MailingListRuleResponseDto, UpdateMailingListRuleDto } from './dto/mailing-list-rule.dto.js';
import { RULE_LIST } from './mailing.list-specs.js';
import { MailingListRulesService } from './mailing-list-rules.service.js';

@ApiTags('mailing')
@Controller('mailing-list-rules')
export class MailingListRulesController {
  constructor(private readonly rules: MailingListRulesService) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ListEndpoint(RULE_LIST, MailingListRuleResponseDto)
  list(@Query() query: ListQueryDto): Promise<Paginated<MailingListRuleResponseDto>> {
    return this.rules.list(parseListQuery(query, RULE_LIST));
  }

  @Get(':id')
  @Roles(...STAFF_ROLES)
  @ApiOkResponse({ type: MailingListRuleResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<MailingListRuleResponseDto> {
    return this.rules.get(id);
  }

  @Post()
  @Roles(...EDITOR_ROLES)
  @ApiCreatedResponse({ type: MailingListRuleResponseDto, description: 'The rules are applied at once' })
  create(@Body() dto: CreateMailingListRuleDto): Promise<MailingListRuleResponseDto> {
    return this.rules.create(dto);
  }

  @Put(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: MailingListRuleResponseDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateMailingListRuleDto): Promise<MailingListRuleResponseDto> {
    return this.rules.update(id, dto);
  }

  @Delete(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: MailingListRuleResponseDto, description: "The rule's subscriptions end unless another rule covers them" })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<MailingListRuleResponseDto> {
    return this.rules.remove(id);
  }
}
