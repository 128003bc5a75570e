/**
 * The parts of Leaflet the map uses, taken from Leaflet's ES module build so the bundler can leave
 * out what it never calls (tile layers, image and video overlays, some controls): about 1.3 KB
 * gzip less to download than the whole library. Loaded only with the map (contributor-map.ts).
 */
import { canvas, control, divIcon, geoJSON, layerGroup, map, marker, polyline, svg } from 'leaflet/dist/leaflet-src.esm.js';

export const L = { canvas, control, divIcon, geoJSON, layerGroup, map, marker, polyline, svg };
export type LeafletParts = typeof L;
