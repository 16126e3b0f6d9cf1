/**
 * The one place core imports zod. `zod/mini` keeps browser bundles small (~5 kB gzip), and
 * `jitless` stops zod from compiling validators with `new Function`, so the library works under a
 * strict Content-Security-Policy without `unsafe-eval`.
 *
 * Import it as a namespace (`import * as z from '../zod.js'`) and use it only as `z.name`: bundlers
 * then keep just the functions used. Re-exporting zod's own namespace object (`export { z }`) kept
 * all of zod, every locale and the JSON Schema code in browser bundles (83 kB gzip).
 */
import { config } from 'zod/mini';

config({ jitless: true });

export * from 'zod/mini';
