import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { CreateRatificationStepDto } from './dto/create-ratification-step.dto.js';
import { RatificationStepResponseDto } from './dto/ratification-step-response.dto.js';
import { UpdateRatificationStepDto } from './dto/update-ratification-step.dto.js';
import { RATIFICATION_STEP_LIST } from './ratification-steps.list-spec.js';
import { RatificationStepsService } from './ratification-steps.service.js';

/** The national pipeline is the campaign's working knowledge: the staff read it, coordinators write it. */
@ApiTags('ratification-steps')
@Controller('ratification-steps')
export class RatificationStepsController {
  constructor(private readonly steps: RatificationStepsService) {}

  @Get()
  @Roles(...STAFF_ROLES)
  @ListEndpoint(RATIFICATION_STEP_LIST, RatificationStepResponseDto)
  list(@Query() query: ListQueryDto): Promise<Paginated<RatificationStepResponseDto>> {
    return this.steps.list(parseListQuery(query, RATIFICATION_STEP_LIST));
  }

  @Get(':id')
  @Roles(...STAFF_ROLES)
  @ApiOkResponse({ type: RatificationStepResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<RatificationStepResponseDto> {
    return this.steps.get(id);
  }

  @Post()
  @Roles(...EDITOR_ROLES)
  @ApiCreatedResponse({ type: RatificationStepResponseDto })
  create(@Body() dto: CreateRatificationStepDto): Promise<RatificationStepResponseDto> {
    return this.steps.create(dto);
  }

  @Put(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: RatificationStepResponseDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateRatificationStepDto): Promise<RatificationStepResponseDto> {
    return this.steps.update(id, dto);
  }

  @Delete(':id')
  @Roles(...EDITOR_ROLES)
  @ApiOkResponse({ type: RatificationStepResponseDto })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<RatificationStepResponseDto> {
    return this.steps.remove(id);
  }
}
