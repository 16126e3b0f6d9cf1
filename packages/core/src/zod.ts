/**
 * The one place core imports zod. `zod/mini` keeps browser bundles small (~5 kB gzip), and
 * `jitless` stops zod from compiling validators with `new Function`, so the library works under a
 * strict Content-Security-Policy without `unsafe-eval`.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
