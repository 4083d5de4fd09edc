import { config } from 'zod';

// The renderer checks forms with the contract's zod schemas. zod decides at schema construction
// whether to compile a fast path with eval (probing with `new Function`), which our CSP forbids
// and reports as a violation even when caught: so this module is imported before any schema.
config({ jitless: true });
