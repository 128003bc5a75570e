import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { describe, expect, it } from 'vitest';
import type { CountryRecord } from '../../src/shared/countries.ts';
import { unwrapAntimeridian } from '../../src/shared/map/antimeridian.ts';
import { compactBasemap, encodeSteps, trimBasemap } from '../../src/build/map/basemap.ts';
import { decodeSteps, expandArcs } from '../../src/shared/map/expand-arcs.ts';
import { MARKER_KINDS, PALETTE } from '../../src/shared/map/marker-style.ts';
import { readFileSync } from 'node:fs';
import { csvField, toCsv, toDataFile } from '../../src/shared/map/export.ts';
import { facetCounts, flowLines, isShown, NO_FILTER } from '../../src/shared/map/filter.ts';
import { toMapCountries, type MapCountry } from '../../src/shared/map/map-country.ts';
import { staticMapSvg } from '../../src/shared/map/static-svg.ts';
import { countryLink, readMapState, writeMapState } from '../../src/shared/map/url-state.ts';
import type { Source } from '../../src/domain/schemas/source.ts';
import { markerLabel } from '../../src/client/map/layers.ts';

const source: Source = { id: 'r', outlet: 'Outlet', author: 'Writer', title: 'Title, with a comma', published: '2023-09-26', paragraphs: 26, figures: {} };

function record(id: string, overrides: Partial<CountryRecord>): CountryRecord {
  return {
    id,
    name: id.toUpperCase(),
    iso3: 'BLZ',
    point: { lat: 10, lng: 10 },
    role: 'contributor',
    status: 'diplomatic-sources',
    offers: [],
    conditions: [],
    summary: 'x'.repeat(40),
    sources: [{ source: 'r', paragraphs: [7, 5] }],
    asOf: '2023-09-26',
    ...overrides,
  };
}

const records = [
  record('kenya', { iso3: 'KEN', role: 'lead-nation', status: 'stated-in-public', offers: [{ kind: 'personnel', quantity: { value: 1000, qualifier: 'exact', unit: 'police-officers-and-troops' }, standing: 'expected', conditions: [] }] }),
  record('belize', { offers: [{ kind: 'personnel', quantity: { value: 50, qualifier: 'up-to', unit: 'uniformed-personnel' }, standing: 'offered', conditions: [{ text: 'Needs a resolution.', paragraphs: [7] }] }], conditions: [{ text: 'Funding settled.', paragraphs: [5] }] }),
  record('usa', { iso3: 'USA', role: 'backer', status: 'stated-in-public', offers: [{ kind: 'funding', quantity: { value: 100_000_000, qualifier: 'exact', unit: 'USD' }, standing: 'to-be-sought', conditions: [] }, { kind: 'enabling-support', quantity: 'not stated', standing: 'offered', conditions: [] }] }),
  record('italy', { iso3: 'ITA' }),
  record('ecuador', { iso3: 'ECU', role: 'co-drafter', status: 'not-a-contributor' }),
  record('haiti', { iso3: 'HTI', role: 'host', status: 'not-a-contributor', point: { lat: 19, lng: -72 } }),
];
const articles = [{ id: 'kenya-article', title: 'Kenya, explained', countries: ['kenya', 'belize'] }];
const countries: MapCountry[] = toMapCountries(records, articles, source, 'en');
const byId = (id: string) => countries.find((c) => c.id === id)!;

describe('toMapCountries', () => {
  it('carries the offer in words, the ISO numeric code for the shape, and links', () => {
    const belize = byId('belize');
    expect(belize.offers[0]?.amount).toBe('Up to 50 uniformed personnel (offered)');
    expect(belize.offers[0]?.quantity).toEqual({ value: 50, qualifier: 'up-to', unit: 'uniformed-personnel' });
    expect(belize.conditions).toEqual([
      { text: 'Funding settled.', paragraphs: [5], paragraphsText: 'paragraph 5' },
      { text: 'Needs a resolution.', paragraphs: [7], paragraphsText: 'paragraph 7' },
    ]);
    expect(belize.isoNumeric).toBe('084');
    expect(belize.page).toBe('/countries/belize/');
    expect(belize.articles).toEqual([{ title: 'Kenya, explained', url: '/articles/kenya-article/' }]);
    expect(belize.paragraphs).toEqual([5, 7]);
    expect(belize.sourceText).toContain('paragraphs 5 and 7');
  });
  it('gives countries without an offer the "not-stated" kind, and marks the host as destination', () => {
    expect(byId('italy').kinds).toEqual(['not-stated']);
    expect(byId('ecuador').kinds).toEqual([]);
    expect(byId('ecuador').offerNote).toBe('None stated: its part in the report is as co-author of the draft resolution.');
    expect(byId('usa').kinds).toEqual(['funding', 'enabling-support']);
    expect(byId('haiti').destination).toBe(true);
    expect(byId('italy').offerNote).toMatch(/does not state what form/);
  });
  it('gives the no-offer note only to countries without an offer, so the data never contradicts an offer', () => {
    for (const c of countries) expect(c.offerNote === null).toBe(c.offers.length > 0);
  });
});

describe('filtering', () => {
  const filter = (kinds: string[], statuses: string[]) => ({ kinds: new Set(kinds), statuses: new Set(statuses) }) as never;
  it('shows everything with no filter, and always the host', () => {
    expect(countries.every((c) => isShown(c, NO_FILTER))).toBe(true);
    expect(isShown(byId('haiti'), filter(['funding'], []))).toBe(true);
  });
  it('matches any ticked kind and any ticked status, both groups together', () => {
    const shown = countries.filter((c) => isShown(c, filter(['personnel', 'funding'], ['stated-in-public']))).map((c) => c.id);
    expect(shown).toEqual(['kenya', 'usa', 'haiti']);
  });
  it('counts each option given the other group’s choice, counting every row the list shows (the host too)', () => {
    const all = facetCounts(countries, NO_FILTER);
    expect(all.total).toBe(countries.length);
    expect(all.shown).toBe(countries.length);
    expect(all.kinds.personnel).toBe(2);
    expect(all.kinds['not-stated']).toBe(1); // Italy; Ecuador, a co-author, offers nothing at all
    expect(all.statuses['stated-in-public']).toBe(2);
    const announcedOnly = facetCounts(countries, filter([], ['stated-in-public']));
    expect(announcedOnly.kinds.personnel).toBe(1);
    expect(announcedOnly.statuses['diplomatic-sources']).toBe(2);
    expect(announcedOnly.shown).toBe(3); // Kenya, the US and the host, which always shows
    expect(all.statuses['not-a-contributor']).toBe(countries.filter((c) => c.status === 'not-a-contributor').length);
  });
});

describe('flowLines', () => {
  it('joins every contributor, and no one else, to the host', () => {
    const lines = flowLines(countries);
    expect(lines.map((l) => l.from).sort()).toEqual(['belize', 'italy', 'kenya', 'usa']);
    expect(lines.every((l) => l.to === 'haiti' && l.points[1][0] === 19 && l.points[1][1] === -72)).toBe(true);
  });
});

describe('URL state', () => {
  const known = new Set(['belize', 'kenya']);
  it('reads a country and filters, dropping what it does not know', () => {
    const state = readMapState('?country=belize&kind=police,funding,bogus&status=under-discussion', known);
    expect(state.country).toBe('belize');
    expect([...state.filter.kinds]).toEqual(['police', 'funding']);
    expect([...state.filter.statuses]).toEqual(['under-discussion']);
    expect(readMapState('?country=atlantis', known).country).toBeNull();
  });
  it('writes a stable, readable query and nothing for the default view', () => {
    const state = { country: 'kenya', filter: { kinds: new Set(['funding', 'police'] as const), statuses: new Set(['stated-in-public'] as const) } };
    expect(writeMapState(state)).toBe('?country=kenya&kind=police,funding&status=stated-in-public');
    expect(writeMapState({ country: null, filter: NO_FILTER })).toBe('');
  });
  it('round-trips', () => {
    const query = '?country=belize&kind=personnel&status=diplomatic-sources';
    expect(writeMapState(readMapState(query, known))).toBe(query);
  });
  it('builds a shareable link to one country', () => {
    expect(countryLink('https://example.org', '/map/', 'belize')).toBe('https://example.org/map/?country=belize');
  });
});

describe('data export', () => {
  it('quotes CSV fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });
  it('writes a header and one row per record, every figure beside its qualifier, standing and unit', () => {
    const lines = toCsv(countries, 'en').trimEnd().split('\r\n');
    expect(lines).toHaveLength(countries.length + 1);
    expect(lines[0]).toMatch(/^id,name,iso3,role,status,offers,people,people_qualifier,people_standing,people_unit,money_usd,money_usd_qualifier,money_usd_standing,money_usd_unit,conditions,/);
    expect(lines.find((l) => l.startsWith('italy,'))).toContain('does not state what form');
    expect(lines.find((l) => l.startsWith('belize,'))).toContain(',50,up-to,offered,uniformed-personnel,');
    expect(lines.find((l) => l.startsWith('usa,'))).toContain(',100000000,exact,to-be-sought,USD,');
    expect(lines.find((l) => l.startsWith('belize,'))).toContain('Needs a resolution. (paragraph 7)');
  });
  it('puts the citation and as-of date in the JSON', () => {
    const file = toDataFile(countries, source, '2023-09-26', 'en');
    expect(file.asOf).toBe('2023-09-26');
    expect(file.source).toEqual({ outlet: 'Outlet', author: 'Writer', title: 'Title, with a comma', published: '2023-09-26' });
    expect(file.countries.map((c) => c.id)).toEqual(records.map((r) => r.id));
  });
});

describe('basemap', () => {
  const original = world as unknown as Topology;
  const trimmed = trimBasemap(original);
  const shapes = feature(trimmed, trimmed.objects['countries'] as GeometryCollection);
  it('keeps every country but Antarctica, and only the countries layer', () => {
    const ids = shapes.features.map((f) => String(f.id));
    expect(ids).not.toContain('010');
    expect(ids).toContain('084'); // Belize
    expect(ids).toContain('332'); // Haiti
    expect(Object.keys(trimmed.objects)).toEqual(['countries']);
    expect(shapes.features.length).toBeGreaterThan(170);
  });
  it('drops the arcs no shape uses, and the rest still draw the same shapes', () => {
    expect(trimmed.arcs.length).toBeLessThan(original.arcs.length);
    const before = feature(original, original.objects['countries'] as GeometryCollection).features.find((f) => f.id === '084');
    const after = shapes.features.find((f) => f.id === '084');
    expect(after?.geometry).toEqual(before?.geometry);
  });
});

describe('the basemap the browser downloads', () => {
  const trimmed = trimBasemap(world as unknown as Topology);
  const compact = compactBasemap(trimmed);
  const expanded = expandArcs(compact);
  const before = feature(trimmed, trimmed.objects['countries'] as GeometryCollection);
  const after = feature(expanded, expanded.objects['countries'] as GeometryCollection);
  it('keeps every shape, and every point within one grid step of where it was', () => {
    expect(after.features.map((f) => f.id)).toEqual(before.features.map((f) => f.id));
    const step = Math.max(...compact.transform.scale);
    const haiti = (c: typeof before) => c.features.find((f) => f.id === '332')!.geometry as unknown as { coordinates: number[][][] | number[][][][] };
    const points = (g: ReturnType<typeof haiti>) => (g.coordinates.flat(2) as unknown as number[]).length;
    expect(points(haiti(after))).toBeGreaterThan(0);
    // Belize's first ring, point by point (no step dropped there, so they pair up).
    const ring = (c: typeof before) => (c.features.find((f) => f.id === '084')!.geometry as unknown as { coordinates: number[][][] }).coordinates[0]!;
    const [a, b] = [ring(before), ring(after)];
    expect(b.length).toBeGreaterThan(3);
    expect(b.length).toBeLessThanOrEqual(a.length);
    for (const [x, y] of [b[0]!, b.at(-1)!]) {
      const nearest = Math.min(...a.map(([ax, ay]) => Math.hypot(ax! - x!, ay! - y!)));
      expect(nearest).toBeLessThan(step);
    }
  });
  it('writes numbers in the polyline encoding and reads them back, large, small and negative', () => {
    const numbers = [0, 1, -1, 15, -16, 16, 31, 32, -33, 1023, -1024, 4999, -4999, 123456];
    // Google's documented example: -179.9832104 at five decimals is "`~oia@".
    expect(encodeSteps([-17998321])).toBe('`~oia@');
    expect(decodeSteps(encodeSteps(numbers))).toEqual(numbers);
    expect(encodeSteps([0, 1, -1])).toBe('?A@');
  });
  it('is much smaller than the trimmed world-atlas file', () => {
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(trimmed).length * 0.75);
  });
});

describe('the map palette and the stylesheet', () => {
  // The canvas land, the still map and the share cards take their colours from marker-style.ts;
  // the stylesheet draws the markers and the legend, so it must say the same.
  const css = readFileSync(new URL('../../src/components/map/map.css', import.meta.url), 'utf8');
  const [light, dark] = css.split(/\/\* Dark theme: markers/);
  it('finds both schemes in the map’s stylesheet', () => expect(dark).toBeDefined());
  it.each(MARKER_KINDS)('gives %s markers the palette colour in both schemes', (kind) => {
    const ring = kind === 'under-discussion' || kind === 'not-a-contributor';
    const lightRule = new RegExp(`\\.marker--${kind} \\.marker-shape \\{[^}]*\\}`).exec(light!)?.[0] ?? '';
    expect(lightRule).toContain(ring ? `border-color: ${PALETTE.light.markerFill[kind]}` : `background: ${PALETTE.light.markerFill[kind]}`);
    const darkRule = new RegExp(`\\.marker--${kind} \\.marker-shape \\{[^}]*\\}`).exec(dark!)?.[0] ?? '';
    expect(darkRule).toContain(ring ? `border-color: ${PALETTE.dark.markerFill[kind]}` : `background: ${PALETTE.dark.markerFill[kind]}`);
  });
});

describe('unwrapAntimeridian', () => {
  it('keeps a ring that hops across 180° in one piece', () => {
    const ring = [[179, 65], [-179, 65], [-179, 66], [179, 65]];
    const out = unwrapAntimeridian({ type: 'Polygon', coordinates: [ring] });
    expect(out.coordinates[0]).toEqual([[179, 65], [181, 65], [181, 66], [179, 65]]);
  });
  it('leaves ordinary rings alone', () => {
    const ring = [[10, 10], [20, 10], [20, 20], [10, 10]];
    expect(unwrapAntimeridian({ type: 'Polygon', coordinates: [ring] }).coordinates[0]).toEqual(ring);
  });
});

describe('static map', () => {
  const svg = staticMapSvg(trimBasemap(world as unknown as Topology), countries);
  it('is a titled image with one marker per country and shading by status', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg.match(/<g><title>/g)).toHaveLength(countries.length);
    expect(svg).toContain('<title>BELIZE: Reported by diplomatic sources</title>');
    expect(svg).toContain('class="land land--stated-in-public"');
    expect(svg).toContain('class="mk mk--destination"');
    expect(svg.match(/<line class="flow/g)).toHaveLength(4);
  });
});

describe('the cut-down Leaflet stylesheet', () => {
  // src/styles/leaflet-core.css keeps some of Leaflet's rules and must never drift from them.
  const rules = (css: string) =>
    [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selectors, body]) => ({
      selectors: selectors!.split(',').map((s) => s.trim()).filter(Boolean),
      body: body!.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean).join('; '),
    }));
  const original = rules(readFileSync(new URL('../../node_modules/leaflet/dist/leaflet.css', import.meta.url), 'utf8'));
  const ours = rules(readFileSync(new URL('../../src/styles/leaflet-core.css', import.meta.url), 'utf8'));
  it('copies each of its rules from Leaflet’s own stylesheet, unchanged', () => {
    expect(ours.length).toBeGreaterThan(40);
    for (const rule of ours) {
      for (const selector of rule.selectors) {
        expect(original.some((o) => o.selectors.includes(selector) && o.body === rule.body), `${selector} { ${rule.body} }`).toBe(true);
      }
    }
  });
  it('keeps what the map needs: panes, markers, zoom buttons, attribution, zoom animation', () => {
    const selectors = ours.flatMap((r) => r.selectors);
    for (const needed of ['.leaflet-pane', '.leaflet-marker-icon', '.leaflet-pane > canvas', '.leaflet-control', '.leaflet-bar a', '.leaflet-control-attribution', '.leaflet-zoom-anim .leaflet-zoom-animated', '.leaflet-zoom-anim .leaflet-zoom-hide']) {
      expect(selectors, needed).toContain(needed);
    }
  });
});

describe('a marker’s spoken label', () => {
  it('runs each offer on inside the sentence: no capital after a comma or between offers', () => {
    expect(markerLabel(byId('belize'))).toBe('BELIZE: Personnel (police or military not specified), up to 50 uniformed personnel (offered). Reported by diplomatic sources.');
    const usa = markerLabel(byId('usa'));
    expect(usa).toMatch(/; enabling support, /);
    expect(usa).not.toMatch(/[,;] \p{Lu}\p{Ll}/u);
  });

  it('joins offers with the page’s own semicolon (French spacing in French)', () => {
    const usa = toMapCountries(records, articles, source, 'fr').find((c) => c.id === 'usa')!;
    const label = markerLabel(usa, '{name} : {offer}. Statut : {status}.', '\u202f; ');
    expect(label).toMatch(/\u202f; \p{Ll}/u);
    expect(label).not.toMatch(/[^\u202f]; /);
  });
});
