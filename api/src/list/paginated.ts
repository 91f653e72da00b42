/** A page of a list; the ContentRangeInterceptor sends `items` as the body and the rest as Content-Range. */
export class Paginated<T> {
  constructor(
    readonly resource: string,
    readonly items: T[],
    readonly start: number,
    readonly total: number,
  ) {}

  get contentRange(): string {
    if (this.items.length === 0) return `${this.resource} */${this.total}`;
    return `${this.resource} ${this.start}-${this.start + this.items.length - 1}/${this.total}`;
  }
}
