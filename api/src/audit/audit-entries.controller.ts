import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { STAFF_ROLES } from '../users/user-role.contract.js';
import { AUDIT_ENTRY_LIST } from './audit-entries.list-spec.js';
import { AuditService } from './audit.service.js';
import { AuditEntryResponseDto } from './dto/audit-entry-response.dto.js';

@ApiTags('audit')
@Roles(...STAFF_ROLES)
@Controller('audit-entries')
export class AuditEntriesController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ListEndpoint(AUDIT_ENTRY_LIST, AuditEntryResponseDto)
  list(@Query() query: ListQueryDto): Promise<Paginated<AuditEntryResponseDto>> {
    return this.audit.list(parseListQuery(query, AUDIT_ENTRY_LIST));
  }

  @Get(':id')
  @ApiOkResponse({ type: AuditEntryResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<AuditEntryResponseDto> {
    return this.audit.get(id);
  }
}
