import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public, Roles } from '../auth/access.decorators.js';
import { CurrentUser, type AuthenticatedUser } from '../auth/authenticated-user.js';
import { RateLimit } from '../auth/rate-limit.decorator.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import type { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { ApplicationApprovalDto } from './dto/application-approval.dto.js';
import { ApplicationSubmittedDto } from './dto/application-submitted.dto.js';
import { ApproveMembershipApplicationDto } from './dto/approve-membership-application.dto.js';
import { CreateMembershipApplicationDto } from './dto/create-membership-application.dto.js';
import { MembershipApplicationDetailDto } from './dto/membership-application-detail.dto.js';
import { MembershipApplicationResponseDto } from './dto/membership-application-response.dto.js';
import { RejectMembershipApplicationDto } from './dto/reject-membership-application.dto.js';
import { MembershipApplicationReviewService } from './membership-application-review.service.js';
import { MembershipApplicationsService } from './membership-applications.service.js';
import { MEMBERSHIP_APPLICATION_LIST } from './membership-applications.list-spec.js';

@ApiTags('membership-applications')
@Controller('membership-applications')
export class MembershipApplicationsController {
  constructor(
    private readonly applications: MembershipApplicationsService,
    private readonly review: MembershipApplicationReviewService,
  ) {}

  @Public()
  @Post()
  @HttpCode(201)
  @RateLimit('form')
  @ApiCreatedResponse({ type: ApplicationSubmittedDto, description: 'Received; the applicant gets a confirmation e-mail' })
  @ApiTooManyRequestsResponse({ description: 'Too many forms from this address or for this contact e-mail' })
  submit(@Body() dto: CreateMembershipApplicationDto): Promise<ApplicationSubmittedDto> {
    return this.applications.submit(dto);
  }

  @Roles(...STAFF_ROLES)
  @Get()
  @ListEndpoint(MEMBERSHIP_APPLICATION_LIST, MembershipApplicationResponseDto)
  list(@Query() query: ListQueryDto): Promise<Paginated<MembershipApplicationResponseDto>> {
    return this.applications.list(parseListQuery(query, MEMBERSHIP_APPLICATION_LIST));
  }

  @Roles(...STAFF_ROLES)
  @Get(':id')
  @ApiOkResponse({ type: MembershipApplicationDetailDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<MembershipApplicationDetailDto> {
    return this.applications.get(id);
  }

  @Roles(...EDITOR_ROLES)
  @Post(':id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationApprovalDto, description: 'The organization is active and the contact is invited as a member user' })
  @ApiConflictResponse({ description: 'The application is not pending any more' })
  approve(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ApproveMembershipApplicationDto,
    @CurrentUser() reviewer: AuthenticatedUser,
  ): Promise<ApplicationApprovalDto> {
    return this.review.approve(id, dto, reviewer);
  }

  @Roles(...EDITOR_ROLES)
  @Post(':id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: MembershipApplicationResponseDto, description: 'The applicant is told the decision and its reason by e-mail' })
  @ApiConflictResponse({ description: 'The application is not pending any more' })
  reject(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RejectMembershipApplicationDto,
    @CurrentUser() reviewer: AuthenticatedUser,
  ): Promise<MembershipApplicationResponseDto> {
    return this.review.reject(id, dto.reason, reviewer);
  }
}
