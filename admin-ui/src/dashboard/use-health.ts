import { useCallback, useEffect, useState } from 'react';

const HEALTH_URL = '/api/health';

export type ComponentHealth = { name: string; up: boolean };

export type HealthState =
  { kind: 'loading' } | { kind: 'loaded'; ok: boolean; components: ComponentHealth[]; checkedAt: Date } | { kind: 'unreachable'; checkedAt: Date };

type IndicatorMap = Record<string, { status?: unknown }>;

const asIndicatorMap = (value: unknown): IndicatorMap => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as IndicatorMap) : {});

/**
 * @nestjs/terminus answers 503 with the same body when a check fails, so the
 * body is read whatever the status; only a missing or foreign body means
 * the server itself is unreachable.
 */
const parseReport = (body: unknown): { ok: boolean; components: ComponentHealth[] } | null => {
  if (typeof body !== 'object' || body === null) return null;
  const report = body as Record<string, unknown>;
  if (typeof report.status !== 'string') return null;
  const details = asIndicatorMap(report.details);
  const indicators = Object.keys(details).length > 0 ? details : { ...asIndicatorMap(report.info), ...asIndicatorMap(report.error) };
  const components = Object.entries(indicators).map(([name, indicator]) => ({
    name,
    up: indicator?.status === 'up',
  }));
  return { ok: report.status === 'ok', components };
};

export const useHealth = (): { health: HealthState; refresh: () => void } => {
  const [health, setHealth] = useState<HealthState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setHealth({ kind: 'loading' });
    fetch(HEALTH_URL, { signal: controller.signal, headers: { Accept: 'application/json' } })
      .then(async (response) => {
        const body: unknown = await response.json().catch(() => null);
        const parsed = parseReport(body);
        setHealth(parsed ? { kind: 'loaded', ...parsed, checkedAt: new Date() } : { kind: 'unreachable', checkedAt: new Date() });
      })
      .catch(() => {
        if (!controller.signal.aborted) setHealth({ kind: 'unreachable', checkedAt: new Date() });
      });
    return () => controller.abort();
  }, [attempt]);

  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  return { health, refresh };
};
