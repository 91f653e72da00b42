import { Controller, Delete, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../access.decorators.js';
import { TwoFactorStatusDto } from './dto/two-factor-status.dto.js';
import { TwoFactorService } from './two-factor.service.js';

@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UserTwoFactorController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Delete(':id/two-factor')
  @ApiOperation({
    summary: "Resets a user's two-factor authentication (a lost phone)",
    description: 'The user then signs in with the password alone and may set it up again; the policy may require them to at once.',
  })
  @ApiOkResponse({ type: TwoFactorStatusDto, description: "The user's two-factor status after the reset" })
  @ApiNotFoundResponse({ description: 'No such user' })
  reset(@Param('id', ParseUUIDPipe) id: string): Promise<TwoFactorStatusDto> {
    return this.twoFactor.reset(id);
  }
}
