import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request } from 'express';
import { STAFF_ROLES } from '../users/user-role.js';
import { Public, Roles } from './access.decorators.js';
import { AuthService } from './auth.service.js';
import { CurrentUser, type AuthenticatedUser } from './authenticated-user.js';
import { ForgotPasswordDto } from './dto/forgot-password.dto.js';
import { LoginResponseDto, SessionUserDto } from './dto/login-response.dto.js';
import { LoginDto } from './dto/login.dto.js';
import { PasswordTokenDto } from './dto/password-token.dto.js';
import { LoginGuard } from './login.guard.js';
import { TwoFactorChallengeDto } from './mfa/dto/two-factor-challenge.dto.js';
import { AllowedBeforeTwoFactor } from './mfa/two-factor-enrolment.decorator.js';
import { RateLimit } from './rate-limit.decorator.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  // Listed first, applied last: the rate limit counts before the password is checked.
  @UseGuards(LoginGuard)
  @RateLimit('sign-in')
  @ApiBody({ type: LoginDto })
  @ApiExtraModels(LoginResponseDto, TwoFactorChallengeDto)
  @ApiOkResponse({
    description: 'A session, or, for an account with two-factor authentication, a challenge to complete at POST /api/auth/two-factor',
    schema: { oneOf: [{ $ref: getSchemaPath(LoginResponseDto) }, { $ref: getSchemaPath(TwoFactorChallengeDto) }] },
  })
  login(@Req() request: Request & { user: AuthenticatedUser }): Promise<LoginResponseDto | TwoFactorChallengeDto> {
    return this.auth.signIn(request.user);
  }

  @Roles(...STAFF_ROLES, 'member')
  @AllowedBeforeTwoFactor()
  @Get('me')
  @ApiOkResponse({ type: SessionUserDto })
  me(@CurrentUser() user: AuthenticatedUser): SessionUserDto {
    return { id: user.id, email: user.email, role: user.role, personId: user.personId };
  }

  @Public()
  @Post('accept-invitation')
  @HttpCode(200)
  @RateLimit('sign-in')
  @ApiOkResponse({
    description: 'The password is set and the user is logged in (or, with two-factor authentication on, challenged as at login)',
    schema: { oneOf: [{ $ref: getSchemaPath(LoginResponseDto) }, { $ref: getSchemaPath(TwoFactorChallengeDto) }] },
  })
  acceptInvitation(@Body() dto: PasswordTokenDto): Promise<LoginResponseDto | TwoFactorChallengeDto> {
    return this.auth.acceptInvitation(dto.token, dto.password);
  }

  @Public()
  @Post('forgot-password')
  @HttpCode(202)
  @RateLimit('sign-in')
  @ApiAcceptedResponse({ description: 'Always accepted; an e-mail goes out only if the account exists' })
  async forgotPassword(@Body() dto: ForgotPasswordDto): Promise<void> {
    await this.auth.forgotPassword(dto.email);
  }

  @Public()
  @Post('reset-password')
  @HttpCode(200)
  @RateLimit('sign-in')
  @ApiOkResponse({
    description: 'The password is set and the user is logged in (or, with two-factor authentication on, challenged as at login)',
    schema: { oneOf: [{ $ref: getSchemaPath(LoginResponseDto) }, { $ref: getSchemaPath(TwoFactorChallengeDto) }] },
  })
  resetPassword(@Body() dto: PasswordTokenDto): Promise<LoginResponseDto | TwoFactorChallengeDto> {
    return this.auth.resetPassword(dto.token, dto.password);
  }
}
