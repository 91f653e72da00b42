import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public, Roles } from '../auth/access.decorators.js';
import { AuthService } from '../auth/auth.service.js';
import { CurrentUser, type AuthenticatedUser } from '../auth/authenticated-user.js';
import { LoginResponseDto } from '../auth/dto/login-response.dto.js';
import type { IssuedSession } from '../auth/issued-session.js';
import { RateLimit } from '../auth/rate-limit.decorator.js';
import { RequestClient } from '../auth/request-client.js';
import { SessionCookie } from '../auth/session-cookie.interceptor.js';
import type { SessionClient } from '../sessions/sessions.service.js';
import { STAFF_ROLES } from '../users/user-role.contract.js';
import { ChangePasswordDto } from './dto/change-password.dto.js';
import { ConfirmEmailResponseDto } from './dto/confirm-email-response.dto.js';
import { ConfirmEmailDto } from './dto/confirm-email.dto.js';
import { MyOrganizationResponseDto } from './dto/my-organization-response.dto.js';
import { MyProfileResponseDto } from './dto/my-profile-response.dto.js';
import { UpdateMyOrganizationDto } from './dto/update-my-organization.dto.js';
import { UpdateMyProfileDto } from './dto/update-my-profile.dto.js';
import { MyOrganizationService } from './my-organization.service.js';
import { EmailChangeService } from './email-change/email-change.service.js';
import { MyProfileService } from './my-profile.service.js';

/** Self-service: every route acts on the caller's own records, found from the token alone. */
@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(
    private readonly profile: MyProfileService,
    private readonly organization: MyOrganizationService,
    private readonly auth: AuthService,
    private readonly emailChanges: EmailChangeService,
  ) {}

  @Roles(...STAFF_ROLES, 'member')
  @Post('password')
  @HttpCode(200)
  @RateLimit('sign-in')
  @SessionCookie('open')
  @ApiOperation({
    summary: 'Changes the own password',
    description: 'Every session of the account ends, this one included; the answer opens a new one (as login does, with its refresh cookie).',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiBadRequestResponse({ description: 'currentPassword is wrong (named in `field`), or newPassword is not acceptable' })
  changePassword(@CurrentUser() user: AuthenticatedUser, @Body() dto: ChangePasswordDto, @RequestClient() client: SessionClient): Promise<IssuedSession> {
    return this.auth.changePassword(user, dto.currentPassword, dto.newPassword, client);
  }

  @Roles(...STAFF_ROLES, 'member')
  @Get('profile')
  @ApiOkResponse({ type: MyProfileResponseDto })
  @ApiNotFoundResponse({ description: 'The account is not linked to a contact record' })
  getProfile(@CurrentUser() user: AuthenticatedUser): Promise<MyProfileResponseDto> {
    return this.profile.get(user);
  }

  @Roles(...STAFF_ROLES, 'member')
  @Put('profile')
  @ApiOperation({
    summary: 'Updates the own contact record',
    description:
      'A new `email` is not applied at once: a confirmation link goes to that address and the answer shows it as `pendingEmail`, ' +
      'the same whether or not another contact uses it. Only the contact e-mail changes, never the login e-mail of the account.',
  })
  @ApiOkResponse({ type: MyProfileResponseDto })
  @ApiNotFoundResponse({ description: 'The account is not linked to a contact record' })
  updateProfile(@CurrentUser() user: AuthenticatedUser, @Body() dto: UpdateMyProfileDto): Promise<MyProfileResponseDto> {
    return this.profile.update(user, dto);
  }

  @Public()
  @Post('confirm-email')
  @HttpCode(200)
  @RateLimit('sign-in')
  @ApiOperation({
    summary: 'Confirms a new contact e-mail with the token of the link mailed to it',
    description:
      'Public: the link may be opened on any device. `changed`: the contact e-mail is now the new address. ' +
      '`secretariat`: the change could not be applied by itself and the secretariat will complete it.',
  })
  @ApiOkResponse({ type: ConfirmEmailResponseDto })
  @ApiBadRequestResponse({ description: 'The link is invalid, used or expired (`field`: token)' })
  confirmEmail(@Body() dto: ConfirmEmailDto): Promise<ConfirmEmailResponseDto> {
    return this.emailChanges.confirm(dto.token);
  }

  @Roles('member')
  @Get('organization')
  @ApiOkResponse({ type: MyOrganizationResponseDto, description: "The organization of the member's primary affiliation" })
  @ApiNotFoundResponse({ description: 'No current affiliation' })
  getOrganization(@CurrentUser() user: AuthenticatedUser): Promise<MyOrganizationResponseDto> {
    return this.organization.get(user);
  }

  @Roles('member')
  @Put('organization')
  @ApiOperation({
    summary: "Updates the public profile of the member's organization",
    description:
      "membershipStatus, isSteeringCommittee, joinedAt and workingGroupIds are the secretariat's: sent back unchanged they are accepted, changed they are refused with 403.",
  })
  @ApiOkResponse({ type: MyOrganizationResponseDto })
  @ApiForbiddenResponse({ description: 'A field managed by the secretariat was changed (named in `field`)' })
  updateOrganization(@CurrentUser() user: AuthenticatedUser, @Body() dto: UpdateMyOrganizationDto): Promise<MyOrganizationResponseDto> {
    return this.organization.update(user, dto);
  }
}
