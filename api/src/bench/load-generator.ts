import autocannon, { type AutocannonOptions } from 'autocannon';

/** What the benchmark learns from one load run. */
export interface LoadResult {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  failed: number;
}

/**
 * The child process that generates load (`fork`ed by the list benchmark):
 * autocannon in the servers' own process would take event-loop time from the
 * servers it measures.
 */
process.once('message', (options: AutocannonOptions) => {
  autocannon(options)
    .then((result) => {
      const summary: LoadResult = {
        requests: result.requests.total,
        seconds: result.duration,
        p50: result.latency.p50,
        p99: result.latency.p99,
        failed: result.errors + result.timeouts + result.non2xx,
      };
      process.send?.(summary, () => process.exit(0));
    })
    .catch((error: unknown) => {
      console.error('The load generator failed:', error);
      process.exit(1);
    });
});
