import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { CurrentUser, type AuthenticatedUser } from '../auth/authenticated-user.js';
import { OrganizationDuplicateDto } from '../duplicates/duplicate-candidate.dto.js';
import { MergeRequestDto } from '../duplicates/merge-request.dto.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { CreateOrganizationDto } from './dto/create-organization.dto.js';
import { MembershipChangeDto } from './dto/membership-change.dto.js';
import { BulkMembershipStatusDto, BulkWorkingGroupDto } from './dto/organization-bulk.dto.js';
import { OrganizationBulkResponseDto } from './dto/organization-bulk-result.dto.js';
import { OrganizationMergeResponseDto } from './dto/organization-merge-response.dto.js';
import { OrganizationPublicResponseDto, OrganizationResponseDto } from './dto/organization-response.dto.js';
import { UpdateOrganizationDto } from './dto/update-organization.dto.js';
import { OrganizationBulkService } from './organization-bulk.service.js';
import { OrganizationMergeService } from './organization-merge.service.js';
import { ORGANIZATION_LIST } from './organizations.list-spec.js';
import { OrganizationsService } from './organizations.service.js';

const EITHER_VIEW = {
  oneOf: [{ $ref: getSchemaPath(OrganizationResponseDto) }, { $ref: getSchemaPath(OrganizationPublicResponseDto) }],
  description:
    'The staff get the whole record (OrganizationResponseDto); a member gets the public view of an active member organization (OrganizationPublicResponseDto)',
};

@ApiTags('organizations')
@ApiExtraModels(OrganizationResponseDto, OrganizationPublicResponseDto)
@Controller('organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly merger: OrganizationMergeService,
    private readonly bulk: OrganizationBulkService,
  ) {}

  @Get()
  @Roles(...STAFF_ROLES, 'member')
  @ListEndpoint(ORGANIZATION_LIST, EITHER_VIEW)
  list(@Query() query: ListQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<Paginated<OrganizationResponseDto | OrganizationPublicResponseDto>> {
    return this.organizations.list(query, user);
  }

  @Get(':id')
  @Roles(...STAFF_ROLES, 'member')
  @ApiOkResponse({ schema: EITHER_VIEW })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<OrganizationResponseDto | OrganizationPublicResponseDto> {
    return this.organizations.get(id, user);
  }

  @Get(':id/duplicates')
  @Roles(...STAFF_ROLES)
  @ApiOkResponse({ type: [OrganizationDuplicateDto], description: 'Organizations with the same e-mail or acronym, or a similar name in the same country' })
  duplicates(@Param('id', ParseUUIDPipe) id: string): Promise<OrganizationDuplicateDto[]> {
    return this.organizations.duplicates(id);
  }

  @Get(':id/membership-history')
  @Roles(...STAFF_ROLES)
  @ApiOkResponse({ type: [MembershipChangeDto], description: 'Every change of membership status, oldest first' })
  membershipHistory(@Param('id', ParseUUIDPipe) id: string): Promise<MembershipChangeDto[]> {
    return this.organizations.membershipHistory(id);
  }

  @Post()
  @Roles(...EDITOR_ROLES)
  @ApiCreatedResponse({ type: OrganizationResponseDto })
  create(@Body() dto: CreateOrganizationDto): Promise<OrganizationResponseDto> {
    return this.organizations.create(dto);
  }

  @Post('bulk/membership-status')
  @HttpCode(200)
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({
    type: OrganizationBulkResponseDto,
    description: 'Each organization whose status may go to the one sent is changed, as by a single edit; the others are reported with the reason',
  })
  setMembershipStatus(@Body() dto: BulkMembershipStatusDto): Promise<OrganizationBulkResponseDto> {
    return this.bulk.setMembershipStatus(dto);
  }

  @Post('bulk/working-group')
  @HttpCode(200)
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: OrganizationBulkResponseDto, description: 'Each organization joins the working group; those already in it are unchanged' })
  addToWorkingGroup(@Body() dto: BulkWorkingGroupDto): Promise<OrganizationBulkResponseDto> {
    return this.bulk.addToWorkingGroup(dto);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: OrganizationMergeResponseDto, description: 'The kept organization; the one in the path is deleted' })
  merge(@Param('id', ParseUUIDPipe) id: string, @Body() dto: MergeRequestDto, @CurrentUser() user: AuthenticatedUser): Promise<OrganizationMergeResponseDto> {
    return this.merger.merge(id, dto.intoId, user);
  }

  @Put(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: OrganizationResponseDto })
  @ApiConflictResponse({ description: 'The membership status cannot change from its current value to the one sent' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateOrganizationDto): Promise<OrganizationResponseDto> {
    return this.organizations.update(id, dto);
  }

  @Delete(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: OrganizationResponseDto })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<OrganizationResponseDto> {
    return this.organizations.remove(id);
  }
}
