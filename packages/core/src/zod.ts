/**
 * The one place core imports zod. `zod/mini` keeps browser bundles small (~5 kB gzip), and
 * `jitless` stops zod from compiling validators with `new Function`, so the library works under a
 * strict Content-Security-Policy without `unsafe-eval`.
 *
 * Import it as a namespace (`import * as z from '../zod.js'`) and use it only as `z.name`: bundlers
 * then keep just the functions used. Re-exporting zod's own namespace object (`export { z }`) kept
 * all of zod, every locale and the JSON Schema code in browser bundles (83 kB gzip).
 */
import { config, ZodMiniISODate, ZodMiniISODateTime, type iso } from 'zod/mini';
import { _isoDate, _isoDateTime } from 'zod/v4/core';

config({ jitless: true });

export * from 'zod/mini';

// `z.iso.datetime()` reaches its function through zod's `iso` namespace object, which bundles keep
// whole (ISO time and duration too) with esbuild's namespace helper: the two used here, by name.
/** `z.isoDateTime(params)` without the `iso` namespace. */
export const isoDateTime = (params?: Parameters<typeof iso.datetime>[0]): ZodMiniISODateTime => _isoDateTime(ZodMiniISODateTime, params);
/** `z.isoDate(params)` without the `iso` namespace. */
export const isoDate = (params?: Parameters<typeof iso.date>[0]): ZodMiniISODate => _isoDate(ZodMiniISODate, params);
