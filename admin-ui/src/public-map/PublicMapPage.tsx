import { lazy, Suspense, useEffect, useMemo, useState, type CSSProperties } from 'react';
import { OP_STATUSES, type OpStatus } from '@contract/countries/country.contract';
import type { Schema } from '../api/schema';
import { STATUS_COLORS } from '../reports/map-colors';
import { format, isMapLocale, MAP_MESSAGES, type MapLocale } from './map-messages';

// The map's shapes and projection code travel in a chunk of their own, after the counts are on screen.
const WorldMap = lazy(async () => ({ default: (await import('../reports/WorldMap')).WorldMap }));

type PublicCountry = Schema<'PublicCountryDto'>;
type Summary = Schema<'PublicMapSummaryDto'>;

const pickLocale = (): MapLocale => {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (isMapLocale(asked)) return asked;
  const browser = navigator.language.slice(0, 2);
  return isMapLocale(browser) ? browser : 'en';
};

const nameIn = (country: PublicCountry, locale: MapLocale): string =>
  (locale === 'es' ? country.nameEs : locale === 'fr' ? country.nameFr : null) ?? country.name;

const card: CSSProperties = { flex: '1 1 180px', padding: '12px 16px', borderRadius: 8, background: '#f5f7fa', borderTop: '4px solid' };

/**
 * The public ratification map at /map: no sign-in, English, Spanish or
 * French (`?lang=`), embeddable in the coalition's website (`&embed=1` leaves
 * out the page's own heading and the embed code).
 */
export const PublicMapPage = () => {
  const [locale, setLocale] = useState<MapLocale>(pickLocale);
  const embedded = new URLSearchParams(window.location.search).get('embed') === '1';
  const t = MAP_MESSAGES[locale];
  const [countries, setCountries] = useState<PublicCountry[] | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.title;
  }, [locale, t.title]);

  useEffect(() => {
    let cancelled = false;
    setFailed(false);
    const get = async (path: string): Promise<unknown> => {
      const response = await fetch(path, { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    };
    Promise.all([get('/api/public/countries'), get('/api/public/map')]).then(
      ([list, counts]) => {
        if (cancelled) return;
        setCountries(list as PublicCountry[]);
        setSummary(counts as Summary);
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const dateFormat = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }), [locale]);
  const day = (value: string) => dateFormat.format(new Date(value.length === 10 ? `${value}T00:00:00Z` : value));
  const statusLabel = (status: OpStatus) => t[`status_${status}`];
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return (countries ?? []).slice().sort((a, b) => collator.compare(nameIn(a, locale), nameIn(b, locale)));
  }, [countries, locale]);
  const mapCountries = useMemo(
    () => sorted.map((country) => ({ iso3: country.iso3, name: nameIn(country, locale), opStatus: country.opStatus })),
    [sorted, locale],
  );
  const byIso3 = useMemo(() => new Map(sorted.map((country) => [country.iso3, country])), [sorted]);
  const describe = (country: { iso3: string; name: string; opStatus: OpStatus }) => {
    const record = byIso3.get(country.iso3);
    const date = country.opStatus === 'signed' ? record?.opSignedAt : country.opStatus === 'none' ? null : record?.opRatifiedAt;
    return `${country.name} — ${statusLabel(country.opStatus)}${date ? ` (${format(t.since, { date: day(date) })})` : ''}`;
  };

  const origin = window.location.origin;
  const snippet = `<iframe src="${origin}/map?lang=${locale}&embed=1" title="${t.map}" width="100%" height="620" style="border:0" loading="lazy"></iframe>`;
  const copy = () => {
    void navigator.clipboard?.writeText(snippet).then(() => setCopied(true));
  };

  return (
    <main style={{ maxWidth: 1100, margin: '0 auto', padding: embedded ? 8 : '16px 16px 32px', lineHeight: 1.5 }}>
      <nav aria-label={t.language} style={{ display: 'flex', gap: 12, justifyContent: 'flex-end', fontSize: 14 }}>
        {(['en', 'es', 'fr'] as const).map((code) => (
          <button
            key={code}
            type="button"
            lang={code}
            aria-pressed={code === locale}
            onClick={() => setLocale(code)}
            style={{
              background: 'none',
              border: 'none',
              padding: 4,
              cursor: 'pointer',
              color: '#1a4a7a',
              fontWeight: code === locale ? 700 : 400,
              textDecoration: code === locale ? 'none' : 'underline',
              fontSize: 14,
            }}
          >
            {code === 'en' ? 'English' : code === 'es' ? 'Español' : 'Français'}
          </button>
        ))}
      </nav>
      <h1 style={{ fontSize: embedded ? 20 : 28, margin: '4px 0 8px', color: '#1a4a7a' }}>{t.title}</h1>
      {embedded ? null : <p style={{ marginTop: 0, maxWidth: 760 }}>{t.intro}</p>}
      {failed ? (
        <div role="alert" style={{ padding: 12, background: '#fdecea', borderRadius: 6 }}>
          {t.error}{' '}
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            {t.retry}
          </button>
        </div>
      ) : null}
      {!failed && (!countries || !summary) ? <p role="status">{t.loading}</p> : null}
      {countries && summary ? (
        <>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, margin: '12px 0' }} data-testid="map-counts">
            <div style={{ ...card, borderTopColor: STATUS_COLORS.ratified }}>
              <strong style={{ fontSize: 22 }}>
                {format(t.parties, { count: summary.countriesByOpStatus.ratified + summary.countriesByOpStatus.acceded })}
              </strong>
              <div style={{ fontSize: 14, color: '#4a5663' }}>{t.parties_hint}</div>
            </div>
            <div style={{ ...card, borderTopColor: STATUS_COLORS.signed }}>
              <strong style={{ fontSize: 18 }}>{format(t.signed, { count: summary.countriesByOpStatus.signed })}</strong>
            </div>
            <div style={{ ...card, borderTopColor: STATUS_COLORS.none }}>
              <strong style={{ fontSize: 18 }}>{format(t.none, { count: summary.countriesByOpStatus.none })}</strong>
            </div>
          </div>
          <Suspense fallback={<div style={{ aspectRatio: '960 / 470', background: '#f7fafc' }} role="status" aria-label={t.loading} />}>
            <WorldMap
              countries={mapCountries}
              statusLabels={{ none: t.status_none, signed: t.status_signed, ratified: t.status_ratified, acceded: t.status_acceded }}
              title={t.map}
              legendTitle={t.legend}
              describe={describe}
            />
          </Suspense>
          {summary.lastUpdatedAt ? (
            <p style={{ fontSize: 14, color: '#4a5663' }} data-testid="map-updated">
              {format(t.updated, { date: day(summary.lastUpdatedAt) })}
            </p>
          ) : null}
          <details style={{ marginTop: 8 }}>
            <summary style={{ cursor: 'pointer', color: '#1a4a7a' }}>{t.list}</summary>
            {OP_STATUSES.slice()
              .reverse()
              .map((status) => {
                const inStatus = sorted.filter((country) => country.opStatus === status);
                return inStatus.length === 0 ? null : (
                  <section key={status}>
                    <h2 style={{ fontSize: 16, marginBottom: 4 }}>
                      {statusLabel(status)} ({inStatus.length})
                    </h2>
                    <p style={{ marginTop: 0, fontSize: 14 }}>{inStatus.map((country) => nameIn(country, locale)).join(', ')}</p>
                  </section>
                );
              })}
          </details>
          {embedded ? null : (
            <details style={{ marginTop: 8 }}>
              <summary style={{ cursor: 'pointer', color: '#1a4a7a' }}>{t.embed}</summary>
              <p style={{ marginBottom: 4 }}>{t.embed_hint}</p>
              <textarea
                readOnly
                value={snippet}
                rows={3}
                aria-label={t.embed}
                style={{ width: '100%', fontFamily: 'monospace', fontSize: 13, boxSizing: 'border-box' }}
              />
              <button type="button" onClick={copy}>
                {copied ? t.copied : t.copy}
              </button>
            </details>
          )}
        </>
      ) : null}
    </main>
  );
};
