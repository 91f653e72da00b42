import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, Observable } from 'rxjs';
import { Paginated } from './paginated.js';

/** Sends a Paginated result as React-Admin expects: a JSON array plus a Content-Range header. */
@Injectable()
export class ContentRangeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((result: unknown) => {
        if (!(result instanceof Paginated)) return result;
        context.switchToHttp().getResponse<Response>().setHeader('Content-Range', result.contentRange);
        return result.items;
      }),
    );
  }
}
