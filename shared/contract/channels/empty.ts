import { z } from 'zod';

/** The request of a call that takes no arguments: still strict, so stray keys are refused. */
export const empty = z.strictObject({});
