import * as z from 'zod/mini';

// How a schema gives a named, documented type (the one place this is written down).
//
// Every public type is inferred from its zod schema, and nothing else declares its fields:
//
//   const chatUsageObject = lenientObject({ /** Input tokens. */ promptTokens: z.number(), … });
//   /** Token usage. */
//   export interface ChatUsage extends z.output<typeof chatUsageObject> {}
//   /** Schema of {@link ChatUsage}. */
//   export const chatUsageSchema: z.ZodMiniType<ChatUsage> = chatUsageObject;
//
// - The empty interface gives the inferred type a name, so hovers say `ChatUsage` rather than
//   the expanded structure; its fields and their TSDoc are the schema's.
// - The exported schema is typed with that name (checked by the compiler, not cast), so schemas
//   built on it, `parse` and the endpoints return `ChatUsage` too. A request schema names its
//   input instead: `NamedInput<typeof xObject, XParams>`.
// - Object schemas are written with `object` / `lenientObject` below rather than `z.object` /
//   `z.looseObject`: zod types its result with `util.Writeable<Shape>`, a mapped type, and tsc's
//   declaration emit then prints the shape without its TSDoc, so the field docs never reach the
//   published `.d.ts`. These return the same schemas typed with the shape as written.

/**
 * The type of a request schema `S` whose input is named `T` (`interface T extends z.input<S>`), so
 * that the parameters of every endpoint built on it show as `T` (see above).
 */
export type NamedInput<S extends z.ZodMiniType, T> = z.ZodMiniType<z.output<S>, T>;

/**
 * `z.object(shape)`: unknown keys are stripped. Typed with `shape` as written so that the
 * fields' TSDoc reaches the `.d.ts` (see above).
 */
export function object<S extends z.core.$ZodShape>(shape: S): z.ZodMiniObject<S> {
  return z.object(shape) as z.ZodMiniObject<S>;
}

/**
 * A response object: at run time `z.looseObject(shape)`, so fields the service adds later pass
 * through untouched; its type is the documented shape alone, without zod's
 * `[k: string]: unknown` index signature, so a misspelt field (`res.mesage`) does not compile.
 */
export function lenientObject<S extends z.core.$ZodShape>(shape: S): z.ZodMiniObject<S> {
  return z.looseObject(shape) as unknown as z.ZodMiniObject<S>;
}

/**
 * A string the service documents as one of the literals `T` (e.g. `finishReason`): typed `T`, so
 * users can switch over it exhaustively, yet any string is accepted at run time, so a value the
 * service adds later is passed on instead of failing the whole response. Give `T` as a named
 * union (`lenientLiteral<FinishReason>()`) so that hovers show its name.
 */
export function lenientLiteral<T extends string>(): z.ZodMiniType<T, string> {
  return z.string() as z.ZodMiniType<string, string> as z.ZodMiniType<T, string>;
}
