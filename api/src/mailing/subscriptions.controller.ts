import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { CreateSubscriptionDto, SubscriptionResponseDto, UpdateSubscriptionDto } from './dto/subscription.dto.js';
import { SUBSCRIPTION_LIST } from './mailing.list-specs.js';
import { SubscriptionsService } from './subscriptions.service.js';

@ApiTags('mailing')
@Controller('subscriptions')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ListEndpoint(SUBSCRIPTION_LIST, SubscriptionResponseDto)
  list(@Query() query: ListQueryDto): Promise<Paginated<SubscriptionResponseDto>> {
    return this.subscriptions.list(parseListQuery(query, SUBSCRIPTION_LIST));
  }

  @Get(':id')
  @Roles(...STAFF_ROLES)
  @ApiOkResponse({ type: SubscriptionResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<SubscriptionResponseDto> {
    return this.subscriptions.get(id);
  }

  @Post()
  @Roles(...EDITOR_ROLES)
  @ApiCreatedResponse({ type: SubscriptionResponseDto })
  @ApiBadRequestResponse({ description: 'The person has no consent (field `consent`) or no address, or the body is invalid' })
  create(@Body() dto: CreateSubscriptionDto): Promise<SubscriptionResponseDto> {
    return this.subscriptions.create(dto);
  }

  @Put(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: SubscriptionResponseDto })
  @ApiBadRequestResponse({ description: 'Subscribing a person without consent (field `consent`), or an invalid status' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateSubscriptionDto): Promise<SubscriptionResponseDto> {
    return this.subscriptions.update(id, dto);
  }

  @Delete(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: SubscriptionResponseDto, description: 'The provider removes the address too' })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<SubscriptionResponseDto> {
    return this.subscriptions.remove(id);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: SubscriptionResponseDto, description: 'The current state is sent to the provider again' })
  retry(@Param('id', ParseUUIDPipe) id: string): Promise<SubscriptionResponseDto> {
    return this.subscriptions.retry(id);
  }
}
