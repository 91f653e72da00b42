import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { STAFF_ROLES } from '../../users/user-role.contract.js';
import { Roles } from '../access.decorators.js';
import { CurrentUser, type AuthenticatedUser } from '../authenticated-user.js';
import { DisableTwoFactorDto } from './dto/disable-two-factor.dto.js';
import { RecoveryCodesDto } from './dto/recovery-codes.dto.js';
import { TwoFactorCodeDto } from './dto/two-factor-code.dto.js';
import { TwoFactorSetupDto } from './dto/two-factor-setup.dto.js';
import { TwoFactorStatusDto } from './dto/two-factor-status.dto.js';
import { AllowedBeforeTwoFactor } from './two-factor-enrolment.decorator.js';
import { TwoFactorService } from './two-factor.service.js';

/** The signed-in user's own two-factor authentication. Members may use it too; the policy can require it of staff roles. */
@ApiTags('me')
@Roles(...STAFF_ROLES, 'member')
@AllowedBeforeTwoFactor()
@Controller('me/two-factor')
export class MyTwoFactorController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Get()
  @ApiOkResponse({ type: TwoFactorStatusDto })
  status(@CurrentUser() user: AuthenticatedUser): Promise<TwoFactorStatusDto> {
    return this.twoFactor.status(user);
  }

  @Post('setup')
  @HttpCode(200)
  @ApiOperation({ summary: 'Starts a set-up: a new secret, its otpauth URL and QR code, shown this once' })
  @ApiOkResponse({ type: TwoFactorSetupDto })
  setup(@CurrentUser() user: AuthenticatedUser): Promise<TwoFactorSetupDto> {
    return this.twoFactor.setup(user);
  }

  @Post('enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Turns two-factor authentication on with the first code; answers ten single-use recovery codes, shown this once' })
  @ApiOkResponse({ type: RecoveryCodesDto })
  enable(@CurrentUser() user: AuthenticatedUser, @Body() dto: TwoFactorCodeDto): Promise<RecoveryCodesDto> {
    return this.twoFactor.enable(user, dto.code);
  }

  @Post('disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Turns two-factor authentication off, with the current password' })
  @ApiOkResponse({ type: TwoFactorStatusDto })
  disable(@CurrentUser() user: AuthenticatedUser, @Body() dto: DisableTwoFactorDto): Promise<TwoFactorStatusDto> {
    return this.twoFactor.disable(user, dto.password);
  }
}
