import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/**
 * A response field that React-Admin sends back on PUT: accepted, documented
 * as read-only, and ignored by the service.
 */
export const ReadOnlyField = (): PropertyDecorator => applyDecorators(Allow(), ApiPropertyOptional({ readOnly: true }));
