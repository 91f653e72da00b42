/** How many rows a list holds: exact, or PostgreSQL's estimate for a large list. */
export interface ListTotal {
  count: number;
  estimated: boolean;
}

/**
 * A page of a list; the ContentRangeInterceptor sends `items` as the body,
 * the rest as Content-Range (and X-Total-Estimated when the total is an estimate).
 */
export class Paginated<T> {
  readonly total: number;
  readonly totalEstimated: boolean;

  constructor(
    readonly resource: string,
    readonly items: T[],
    readonly start: number,
    total: number | ListTotal,
  ) {
    this.total = typeof total === 'number' ? total : total.count;
    this.totalEstimated = typeof total === 'number' ? false : total.estimated;
  }

  get contentRange(): string {
    if (this.items.length === 0) return `${this.resource} */${this.total}`;
    return `${this.resource} ${this.start}-${this.start + this.items.length - 1}/${this.total}`;
  }
}
