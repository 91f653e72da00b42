import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../auth/access.decorators.js';
import { CurrentUser, type AuthenticatedUser } from '../auth/authenticated-user.js';
import { RateLimit } from '../auth/rate-limit.decorator.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { RecordTestimonyDto } from './dto/record-testimony.dto.js';
import { SubmitTestimonyDto } from './dto/submit-testimony.dto.js';
import { TestimonyResponseDto } from './dto/testimony-response.dto.js';
import { TestimonySubmittedDto } from './dto/testimony-submitted.dto.js';
import { UpdateTestimonyDto } from './dto/update-testimony.dto.js';
import { TESTIMONY_LIST } from './testimonies.list-spec.js';
import { TestimoniesService } from './testimonies.service.js';

@ApiTags('testimonies')
@Controller('testimonies')
export class TestimoniesController {
  constructor(private readonly testimonies: TestimoniesService) {}

  /** The public /testify form. */
  @Public()
  @Post()
  @HttpCode(201)
  @RateLimit('form')
  @ApiCreatedResponse({ type: TestimonySubmittedDto, description: 'Received; the coalition reviews it before anything is published' })
  submit(@Body() dto: SubmitTestimonyDto): Promise<TestimonySubmittedDto> {
    return this.testimonies.submit(dto);
  }

  /** Recorded in the admin: by a member for its organization's countries, or by the secretariat. */
  @Post('recorded')
  @Roles(...EDITOR_ROLES, 'member')
  @ApiCreatedResponse({ type: TestimonyResponseDto })
  record(@Body() dto: RecordTestimonyDto, @CurrentUser() user: AuthenticatedUser): Promise<TestimonyResponseDto> {
    return this.testimonies.record(dto, user);
  }

  @Get()
  @Roles(...STAFF_ROLES, 'member')
  @ListEndpoint(TESTIMONY_LIST, TestimonyResponseDto)
  list(@Query() query: ListQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<Paginated<TestimonyResponseDto>> {
    return this.testimonies.list(parseListQuery(query, TESTIMONY_LIST), user);
  }

  @Get(':id')
  @Roles(...STAFF_ROLES, 'member')
  @ApiOkResponse({ type: TestimonyResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<TestimonyResponseDto> {
    return this.testimonies.get(id, user);
  }

  @Put(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: TestimonyResponseDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateTestimonyDto, @CurrentUser() user: AuthenticatedUser): Promise<TestimonyResponseDto> {
    return this.testimonies.update(id, dto, user);
  }

  @Delete(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: TestimonyResponseDto })
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<TestimonyResponseDto> {
    return this.testimonies.remove(id, user);
  }
}
