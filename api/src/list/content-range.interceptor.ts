import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, Observable } from 'rxjs';
import { Paginated } from './paginated.js';

/** The header that marks the total of Content-Range as PostgreSQL's estimate (see EXACT_COUNT_LIMIT). */
export const TOTAL_ESTIMATED_HEADER = 'X-Total-Estimated';

/** Sends a Paginated result as React-Admin expects: a JSON array plus a Content-Range header. */
@Injectable()
export class ContentRangeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((result: unknown) => {
        if (!(result instanceof Paginated)) return result;
        const response = context.switchToHttp().getResponse<Response>();
        response.setHeader('Content-Range', result.contentRange);
        if (result.totalEstimated) response.setHeader(TOTAL_ESTIMATED_HEADER, 'true');
        const items: unknown[] = result.items;
        return items;
      }),
    );
  }
}
