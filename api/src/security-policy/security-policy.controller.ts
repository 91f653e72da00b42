import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { SecurityPolicyDto } from './dto/security-policy.dto.js';
import { SecurityPolicyService } from './security-policy.service.js';

@ApiTags('security-policy')
@Roles('admin')
@Controller('security-policy')
export class SecurityPolicyController {
  constructor(private readonly policy: SecurityPolicyService) {}

  @Get()
  @ApiOkResponse({ type: SecurityPolicyDto })
  get(): Promise<SecurityPolicyDto> {
    return this.policy.get();
  }

  @Put()
  @ApiOperation({
    summary: 'Sets which roles must use two-factor authentication',
    description: 'A user of a listed role who has not set it up can, until they do, only read their session and set up two-factor authentication.',
  })
  @ApiOkResponse({ type: SecurityPolicyDto })
  update(@Body() dto: SecurityPolicyDto): Promise<SecurityPolicyDto> {
    return this.policy.update(dto);
  }
}
