import type * as z from 'zod/mini';

/**
 * Gives a response schema the declared interface `T` as its output type. The schema stays
 * lenient at run time (unknown fields pass through, strings the service might widen stay strings),
 * while users see `T`: a named type whose fields carry their TSDoc into the published `.d.ts` and
 * that has no index signature, so a misspelt field (`res.mesage`) does not compile. The type
 * tests check that every field of `T` is in the schema's shape.
 */
export function typedSchema<T>() {
  return <S extends z.ZodMiniType>(
    schema: S & (Exclude<keyof T, keyof z.output<S>> extends never ? unknown : never),
  ): z.ZodMiniType<T, unknown> => schema as unknown as z.ZodMiniType<T, unknown>;
}
