import { Body, Controller, Get, Headers, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiCookieAuth,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request } from 'express';
import type { SessionClient } from '../sessions/sessions.service.js';
import { STAFF_ROLES } from '../users/user-role.contract.js';
import { Public, Roles } from './access.decorators.js';
import { AuthService } from './auth.service.js';
import { CurrentUser, type AuthenticatedUser } from './authenticated-user.js';
import { ForgotPasswordDto } from './dto/forgot-password.dto.js';
import { LoginResponseDto } from './dto/login-response.dto.js';
import { CalendarTokenDto, MeResponseDto } from './dto/me-response.dto.js';
import { CalendarFeedTokenService } from './calendar-feed/calendar-feed-token.service.js';
import { LoginDto } from './dto/login.dto.js';
import { PasswordTokenDto } from './dto/password-token.dto.js';
import type { IssuedSession } from './issued-session.js';
import { LoginGuard } from './login.guard.js';
import { TwoFactorChallengeDto } from './mfa/dto/two-factor-challenge.dto.js';
import { AllowedBeforeTwoFactor } from './mfa/two-factor-enrolment.decorator.js';
import { RateLimit } from './rate-limit.decorator.js';
import { REFRESH_COOKIE, RefreshCookieValue } from './refresh-cookie.js';
import { RequestClient } from './request-client.js';
import { SessionCookie } from './session-cookie.interceptor.js';

const SETS_COOKIE = `Also sets the http-only ${REFRESH_COOKIE} cookie (path /api/auth) that POST /api/auth/refresh trades for a new access token`;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly feedTokens: CalendarFeedTokenService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  // Listed first, applied last: the rate limit counts before the password is checked.
  @UseGuards(LoginGuard)
  @RateLimit('login')
  @SessionCookie('open')
  @ApiBody({ type: LoginDto })
  @ApiExtraModels(LoginResponseDto, TwoFactorChallengeDto)
  @ApiOkResponse({
    description: `A session, or, for an account with two-factor authentication, a challenge to complete at POST /api/auth/two-factor. ${SETS_COOKIE}`,
    schema: { oneOf: [{ $ref: getSchemaPath(LoginResponseDto) }, { $ref: getSchemaPath(TwoFactorChallengeDto) }] },
  })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password, or a deactivated account: the same answer for all three' })
  login(@Req() request: Request & { user: AuthenticatedUser }, @RequestClient() client: SessionClient): Promise<IssuedSession | TwoFactorChallengeDto> {
    return this.auth.signIn(request.user, client);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @RateLimit('session')
  @SessionCookie('rotate')
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOkResponse({ type: LoginResponseDto, description: `A new access token; the ${REFRESH_COOKIE} cookie is replaced by the next one` })
  @ApiUnauthorizedResponse({ description: 'No live session behind the cookie; a cookie that was already traded ends its session' })
  refresh(@RefreshCookieValue() cookie: string | undefined): Promise<IssuedSession> {
    return this.auth.refresh(cookie);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @RateLimit('session')
  @SessionCookie('close')
  @ApiNoContentResponse({ description: 'The session of the refresh cookie and/or of the bearer token is ended; the cookie is cleared' })
  logout(@RefreshCookieValue() cookie: string | undefined, @Headers('authorization') authorization: string | undefined): Promise<void> {
    return this.auth.logout(cookie, authorization);
  }

  @Roles(...STAFF_ROLES, 'member')
  @AllowedBeforeTwoFactor()
  @Get('me')
  @ApiOkResponse({ type: MeResponseDto })
  async me(@CurrentUser() user: AuthenticatedUser): Promise<MeResponseDto> {
    return { id: user.id, email: user.email, role: user.role, personId: user.personId, calendarToken: await this.feedTokens.tokenOf(user.id) };
  }

  @Roles(...STAFF_ROLES, 'member')
  @Post('calendar-token')
  @HttpCode(200)
  @ApiOkResponse({ type: CalendarTokenDto, description: 'A new feed token; the previous feed address stops working' })
  async regenerateCalendarToken(@CurrentUser() user: AuthenticatedUser): Promise<CalendarTokenDto> {
    return { calendarToken: await this.feedTokens.regenerate(user.id) };
  }

  @Public()
  @Post('accept-invitation')
  @HttpCode(200)
  @RateLimit('sign-in')
  @SessionCookie('open')
  @ApiOkResponse({
    description: `The password is set and the user is logged in (or, with two-factor authentication on, challenged as at login). ${SETS_COOKIE}`,
    schema: { oneOf: [{ $ref: getSchemaPath(LoginResponseDto) }, { $ref: getSchemaPath(TwoFactorChallengeDto) }] },
  })
  acceptInvitation(@Body() dto: PasswordTokenDto, @RequestClient() client: SessionClient): Promise<IssuedSession | TwoFactorChallengeDto> {
    return this.auth.acceptInvitation(dto.token, dto.password, client);
  }

  @Public()
  @Post('forgot-password')
  @HttpCode(202)
  @RateLimit('sign-in')
  @ApiAcceptedResponse({ description: 'Always accepted; an e-mail goes out only if the account exists, at most RESET_EMAILS_PER_DAY a day' })
  async forgotPassword(@Body() dto: ForgotPasswordDto): Promise<void> {
    await this.auth.forgotPassword(dto.email);
  }

  @Public()
  @Post('reset-password')
  @HttpCode(200)
  @RateLimit('sign-in')
  @SessionCookie('open')
  @ApiOkResponse({
    description: `Every earlier session of the account ends; the user is logged in (or, with two-factor authentication on, challenged as at login). ${SETS_COOKIE}`,
    schema: { oneOf: [{ $ref: getSchemaPath(LoginResponseDto) }, { $ref: getSchemaPath(TwoFactorChallengeDto) }] },
  })
  resetPassword(@Body() dto: PasswordTokenDto, @RequestClient() client: SessionClient): Promise<IssuedSession | TwoFactorChallengeDto> {
    return this.auth.resetPassword(dto.token, dto.password, client);
  }
}
