/**
 * How each country is drawn, in one place: which kind of marker it gets and the colours of its
 * marker and its land. The Leaflet map (whose land is painted on a canvas, so it needs colours,
 * not class names), the still SVG map and the share cards read them from here; the stylesheet's
 * marker and legend rules use the same values, and tests/unit/map.test.ts holds them equal.
 */
import type { Status } from '../../domain/vocabulary.ts';

/** A contributor's status, or "destination" for the host country where every line leads. */
export type MarkerKind = Status | 'destination';

export function markerKind(country: { destination: boolean; status: Status }): MarkerKind {
  return country.destination ? 'destination' : country.status;
}

export type Scheme = 'light' | 'dark';

export interface MapPalette {
  sea: string;
  /** Land the story does not concern, and its outline. */
  land: string;
  landLine: string;
  /** The page's text colour, used for the outline of a selected country. */
  ink: string;
  /** Land of a country in the story, by kind (pale, so markers stand out on it). */
  landFill: Record<MarkerKind, string>;
  /** A marker's fill, by kind (strong, and each kind also has its own shape). */
  markerFill: Record<MarkerKind, string>;
}

export const PALETTE: Record<Scheme, MapPalette> = {
  light: {
    sea: '#dfe9f3',
    land: '#f4f1ea',
    landLine: '#9a9a9a',
    ink: '#1a1a1a',
    landFill: {
      'stated-in-public': '#8fd19e',
      'diplomatic-sources': '#f5c77e',
      'under-discussion': '#cdb4f0',
      'not-a-contributor': '#c9c9c9',
      destination: '#f08a7e',
    },
    markerFill: {
      'stated-in-public': '#0f6b2f',
      'diplomatic-sources': '#b26f00',
      'under-discussion': '#6b3fa0',
      'not-a-contributor': '#555555',
      destination: '#b3261e',
    },
  },
  dark: {
    sea: '#0e2233',
    land: '#2b2f33',
    landLine: '#6b7178',
    ink: '#ececec',
    landFill: {
      'stated-in-public': '#2f6b3f',
      'diplomatic-sources': '#7a5a1e',
      'under-discussion': '#55407a',
      'not-a-contributor': '#4a4a4a',
      destination: '#8a3a32',
    },
    markerFill: {
      'stated-in-public': '#2fbf5f',
      'diplomatic-sources': '#f0a020',
      'under-discussion': '#d3b6ff',
      'not-a-contributor': '#e0e0e0',
      destination: '#ff6b5e',
    },
  },
};

/** The fill of a country's land: its kind's colour, or plain land when it is not in the story (or filtered out). */
export function landFill(palette: MapPalette, kind: MarkerKind | undefined): string {
  return kind ? palette.landFill[kind] : palette.land;
}

/** Kinds drawn as a hollow shape (a ring or an outlined square): their colour is the outline's. */
export const HOLLOW_KINDS: ReadonlySet<MarkerKind> = new Set<MarkerKind>(['under-discussion', 'not-a-contributor']);

export const MARKER_KINDS = Object.keys(PALETTE.light.markerFill) as MarkerKind[];
