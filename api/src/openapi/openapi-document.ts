import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ErrorResponseDto } from '../common/error-response.dto.js';
import { closeResponseSchemas, documentErrorResponses } from './document-error-responses.js';

/** The OpenAPI document of the API, completed with the error answers every kind of route gives. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Coalition CRM API')
      .setDescription('Members, countries and campaign work of the coalition for the OP-ICESCR.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
    { extraModels: [ErrorResponseDto] },
  );
  return closeResponseSchemas(documentErrorResponses(document));
}
