/**
 * The parts of Leaflet 1.9.4 the map uses, imported module by module from Leaflet's own ES sources
 * (node_modules/leaflet/src), not its one-file build. In the one-file build every part registers
 * itself on the map (Map.include, addInitHook), so a bundler must keep all of it; here the parts
 * the map never uses are never imported: tiles and WMS, popups and tooltips, image, video and SVG
 * overlays, the layers and scale controls, the other projections. About 11 KB gzip less for every
 * map page to download and compile. Loaded only with the map (contributor-map.ts).
 *
 * What is imported for its side effects is exactly what Leaflet's own index files import for
 * theirs: the map's interaction handlers (each registers itself as a map option), the zoom and
 * attribution controls (the same), and the renderer lookup that paths use (Renderer.getRenderer).
 */
import { createMap as map } from 'leaflet/src/map/Map.js';
import 'leaflet/src/map/handler/Map.BoxZoom.js';
import 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import 'leaflet/src/map/handler/Map.Drag.js';
import 'leaflet/src/map/handler/Map.Keyboard.js';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
import 'leaflet/src/map/handler/Map.TapHold.js';
import 'leaflet/src/map/handler/Map.TouchZoom.js';
import { zoom } from 'leaflet/src/control/Control.Zoom.js';
import { attribution } from 'leaflet/src/control/Control.Attribution.js';
import { layerGroup } from 'leaflet/src/layer/LayerGroup.js';
import { geoJSON } from 'leaflet/src/layer/GeoJSON.js';
import { divIcon } from 'leaflet/src/layer/marker/DivIcon.js';
import { marker } from 'leaflet/src/layer/marker/Marker.js';
import { polyline } from 'leaflet/src/layer/vector/Polyline.js';
import { svg } from 'leaflet/src/layer/vector/SVG.js';
import 'leaflet/src/layer/vector/Renderer.getRenderer.js';

export const L = { control: { zoom, attribution }, divIcon, geoJSON, layerGroup, map, marker, polyline, svg };
export type LeafletParts = typeof L;
