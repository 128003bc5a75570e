// Leaflet's ES sources ship without types of their own: each factory is the one @types/leaflet describes.
declare module 'leaflet/src/map/Map.js' {
  export const createMap: typeof import('leaflet').map;
}
declare module 'leaflet/src/control/Control.Zoom.js' {
  export const zoom: typeof import('leaflet').control.zoom;
}
declare module 'leaflet/src/control/Control.Attribution.js' {
  export const attribution: typeof import('leaflet').control.attribution;
}
declare module 'leaflet/src/layer/LayerGroup.js' {
  export const layerGroup: typeof import('leaflet').layerGroup;
}
declare module 'leaflet/src/layer/GeoJSON.js' {
  export const geoJSON: typeof import('leaflet').geoJSON;
}
declare module 'leaflet/src/layer/marker/DivIcon.js' {
  export const divIcon: typeof import('leaflet').divIcon;
}
declare module 'leaflet/src/layer/marker/Marker.js' {
  export const marker: typeof import('leaflet').marker;
}
declare module 'leaflet/src/layer/vector/Polyline.js' {
  export const polyline: typeof import('leaflet').polyline;
}
declare module 'leaflet/src/layer/vector/SVG.js' {
  export const svg: typeof import('leaflet').svg;
}
declare module 'leaflet/src/map/handler/*';
declare module 'leaflet/src/layer/vector/Renderer.getRenderer.js';
