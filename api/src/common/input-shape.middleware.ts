import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { findShapeProblem, shapeException } from './input-shape.js';

/**
 * Refuses, before any pipe or validator sees them, bodies and query strings
 * that would otherwise end in a 500: NUL characters, lone surrogates, reserved
 * keys and absurd nesting. Runs
 * after the body parser, as every module middleware does.
 */
@Injectable()
export class InputShapeMiddleware implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    const problem = findShapeProblem(request.query) ?? findShapeProblem(request.body as unknown);
    if (problem) throw shapeException(problem);
    next();
  }
}
