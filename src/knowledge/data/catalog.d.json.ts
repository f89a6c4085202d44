// The type of catalog.json, declared so the compiler does not infer one from 275 kB of data
// (seconds of every type-check); scripts/build-catalog.mjs writes exactly this shape.
import type { CatalogData } from '../catalog.js';

declare const catalog: CatalogData;
export = catalog;
