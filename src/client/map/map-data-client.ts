/** Fetching what the map draws. Both files come from this site; nothing else is requested. */
import type { Topology } from 'topojson-specification';
import type { DataFile } from '../../shared/map/export.ts';
import { BASEMAP_URL } from '../../shared/map/data-paths.ts';
import { expandArcs } from '../../shared/map/expand-arcs.ts';

/** The countries in the page's language: /data/countries.json, /fr/data/countries.json, … */
export async function fetchCountries(path: string): Promise<DataFile> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`countries.json: HTTP ${response.status}`);
  return (await response.json()) as DataFile;
}

export async function fetchBasemap(): Promise<Topology> {
  const response = await fetch(BASEMAP_URL);
  if (!response.ok) throw new Error(`basemap.json: HTTP ${response.status}`);
  // Sent compact (src/build/map/basemap.ts); topojson-client wants the arcs as pairs again.
  return expandArcs((await response.json()) as Parameters<typeof expandArcs>[0]);
}
