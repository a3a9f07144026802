import * as z from 'zod/mini';

/** `seed`: 0 picks a random seed; 1 to 4,294,967,295 fixes it. */
export const seedSchema = z.int().check(z.gte(0), z.lte(4_294_967_295));

/** `topK`: sample from the k most likely tokens, 0 to 128 (0 disables). */
export const topKSchema = z.int().check(z.gte(0), z.lte(128));

/** `topP`: nucleus sampling mass, 0 < x ≤ 1. */
export const topPSchema = z.number().check(z.gt(0), z.lte(1));
