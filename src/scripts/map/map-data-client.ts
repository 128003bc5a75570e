/** Fetching what the map draws. Both files come from this site; nothing else is requested. */
import type { Topology } from 'topojson-specification';
import type { DataFile } from '../../lib/map/export';

/** The countries in the page's language: /data/countries.json, /fr/data/countries.json, … */
export async function fetchCountries(path: string): Promise<DataFile> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`countries.json: HTTP ${response.status}`);
  return (await response.json()) as DataFile;
}

export async function fetchBasemap(): Promise<Topology> {
  const response = await fetch('/data/basemap.json');
  if (!response.ok) throw new Error(`basemap.json: HTTP ${response.status}`);
  return (await response.json()) as Topology;
}
