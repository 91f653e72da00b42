import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { ORGANIZATION_LIST } from '../organizations/organizations.list-spec.js';
import { PERSON_LIST } from '../people/people.list-spec.js';
import { STAFF_ROLES } from '../users/user-role.contract.js';
import { ExportsService } from './exports.service.js';

const CSV = (what: string) => ({
  description: `Every ${what} matching \`filter\` (as the list endpoint takes it), in \`sort\` order; \`range\` is ignored. UTF-8 CSV with a byte order mark; cells that a spreadsheet would run as formulas start with '.`,
  schema: { type: 'string' },
});

@ApiTags('exports')
@Roles(...STAFF_ROLES)
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('organizations.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV('organization'))
  organizations(@Query() query: ListQueryDto): Promise<StreamableFile> {
    return this.exports.organizations(parseListQuery(query, ORGANIZATION_LIST));
  }

  @Get('people.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse(CSV('person'))
  people(@Query() query: ListQueryDto): Promise<StreamableFile> {
    return this.exports.people(parseListQuery(query, PERSON_LIST));
  }
}
