import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Public } from '../access.decorators.js';
import { AuthService } from '../auth.service.js';
import { LoginResponseDto } from '../dto/login-response.dto.js';
import type { SessionClient } from '../../sessions/sessions.service.js';
import type { IssuedSession } from '../issued-session.js';
import { RateLimit } from '../rate-limit.decorator.js';
import { RequestClient } from '../request-client.js';
import { SessionCookie } from '../session-cookie.interceptor.js';
import { TwoFactorLoginDto } from './dto/two-factor-login.dto.js';
import { TwoFactorChallengeService } from './two-factor-challenge.service.js';

@ApiTags('auth')
@Controller('auth')
export class TwoFactorLoginController {
  constructor(
    private readonly challenges: TwoFactorChallengeService,
    private readonly auth: AuthService,
  ) {}

  @Public()
  @Post('two-factor')
  @HttpCode(200)
  @RateLimit('sign-in')
  @ApiOperation({
    summary: 'Completes a sign-in that answered twoFactorRequired',
    description: 'With a code of the authenticator app (each works once; the previous and next 30-second codes are accepted) or an unused recovery code.',
  })
  @SessionCookie('open')
  @ApiOkResponse({ type: LoginResponseDto, description: 'The session; the refresh cookie is set' })
  @ApiUnauthorizedResponse({ description: 'Wrong or used code (`field`: code), or an expired or unknown challenge (`field`: challengeToken)' })
  async complete(@Body() dto: TwoFactorLoginDto, @RequestClient() client: SessionClient): Promise<IssuedSession> {
    const user = await this.challenges.complete(dto.challengeToken, dto.code);
    return this.auth.issueSession(user, client);
  }
}
