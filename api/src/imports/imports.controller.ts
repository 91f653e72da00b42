import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiPayloadTooLargeResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators.js';
import { CurrentUser, type AuthenticatedUser } from '../auth/authenticated-user.js';
import { ListEndpoint } from '../list/list-endpoint.decorator.js';
import { ListQueryDto } from '../list/list-query.dto.js';
import { Paginated } from '../list/paginated.js';
import { parseListQuery } from '../list/parse-list-query.js';
import { EDITOR_ROLES, STAFF_ROLES } from '../users/user-role.contract.js';
import { CreateImportDto } from './dto/create-import.dto.js';
import { ErrorReportQueryDto } from './dto/error-report-query.dto.js';
import { ImportJobResponseDto } from './dto/import-job-response.dto.js';
import { ImportRowErrorResponseDto } from './dto/import-row-error-response.dto.js';
import { IMPORT_ROW_ERROR_LIST } from './import-row-errors.list-spec.js';
import { IMPORT_JOB_LIST } from './imports.list-spec.js';
import { ImportsService } from './imports.service.js';
import { IMPORT_RESOURCES, MAX_IMPORT_FILE_BYTES } from './import.contract.js';
import type { UploadedCsv } from './uploaded-csv.js';

const CSV_DOWNLOAD = { description: 'A CSV file (UTF-8 with a byte order mark)', schema: { type: 'string' } };

@ApiTags('imports')
@Roles(...STAFF_ROLES)
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @Roles(...EDITOR_ROLES)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_FILE_BYTES, files: 1, fields: 10 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'resource'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'The CSV file, UTF-8, at most 50 MB' },
        resource: { type: 'string', enum: [...IMPORT_RESOURCES] },
        dryRun: { type: 'string', enum: ['true', 'false'], default: 'false' },
      },
    },
  })
  @ApiCreatedResponse({ type: ImportJobResponseDto, description: 'The queued import: poll GET /api/imports/{id} for its progress' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 50 MB' })
  create(@UploadedFile() file: UploadedCsv | undefined, @Body() dto: CreateImportDto, @CurrentUser() user: AuthenticatedUser): Promise<ImportJobResponseDto> {
    return this.imports.create(file, dto, user.id);
  }

  @Post(':id/import')
  @Roles(...EDITOR_ROLES)
  @ApiCreatedResponse({
    type: ImportJobResponseDto,
    description: "The real import of a completed dry run's file, queued: only the user who uploaded it may start it, while the file is kept",
  })
  importDryRun(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<ImportJobResponseDto> {
    return this.imports.importDryRun(id, user.id);
  }

  @Get()
  @ListEndpoint(IMPORT_JOB_LIST, ImportJobResponseDto)
  list(@Query() query: ListQueryDto): Promise<Paginated<ImportJobResponseDto>> {
    return this.imports.list(parseListQuery(query, IMPORT_JOB_LIST));
  }

  @Get('templates/:resource.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ ...CSV_DOWNLOAD, description: 'An empty CSV whose header names every column the import accepts' })
  template(@Param('resource') resource: string): StreamableFile {
    return this.imports.template(resource);
  }

  @Get(':id')
  @ApiOkResponse({ type: ImportJobResponseDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ImportJobResponseDto> {
    return this.imports.get(id);
  }

  @Get(':id/errors')
  @ListEndpoint(IMPORT_ROW_ERROR_LIST, ImportRowErrorResponseDto)
  listErrors(@Param('id', ParseUUIDPipe) id: string, @Query() query: ListQueryDto): Promise<Paginated<ImportRowErrorResponseDto>> {
    return this.imports.listErrors(id, parseListQuery(query, IMPORT_ROW_ERROR_LIST));
  }

  @Get(':id/errors.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ ...CSV_DOWNLOAD, description: 'The error report: row, column, problem and its code, headed and worded in the language asked for' })
  errorReport(@Param('id', ParseUUIDPipe) id: string, @Query() { lang }: ErrorReportQueryDto): Promise<StreamableFile> {
    return this.imports.errorReport(id, lang ?? 'en');
  }
}
