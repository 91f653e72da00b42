import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Public } from '../access.decorators.js';
import { AuthService } from '../auth.service.js';
import { LoginResponseDto } from '../dto/login-response.dto.js';
import { RateLimit } from '../rate-limit.decorator.js';
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
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Wrong or used code (`field`: code), or an expired or unknown challenge (`field`: challengeToken)' })
  async complete(@Body() dto: TwoFactorLoginDto): Promise<LoginResponseDto> {
    const user = await this.challenges.complete(dto.challengeToken, dto.code);
    return this.auth.issueSession(user);
  }
}
