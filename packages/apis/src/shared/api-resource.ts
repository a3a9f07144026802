import type { Transport } from '@clova-studio/core';

/** What a resource group needs from the `ClovaStudio` client that owns it. */
export interface ResourceContext {
  /** The shared transport (auth, retries, timeouts, SSE). */
  readonly transport: Transport;
  /** Client-level default for request validation (`ClovaStudioOptions.validation`). */
  readonly validation: boolean;
}

/** An endpoint function with its first argument, the client, bound: what a resource method is. */
export type Bound<F> = F extends (client: never, ...args: infer A) => infer R
  ? (...args: A) => R
  : never;

/**
 * Base class of every resource group (`client.chat`, `client.embeddings`, …): each method is an
 * endpoint function called on the owning client ({@link APIResource.bind}), so the client's
 * transport and `validation` default apply.
 */
export abstract class APIResource {
  /** @param context the owning client's transport and defaults */
  constructor(protected readonly context: ResourceContext) {}

  /** `fn` called on the owning client: `(...args) => fn(client, ...args)`. */
  protected bind<A extends unknown[], T>(
    fn: (client: ResourceContext, ...args: A) => T,
  ): (...args: A) => T {
    return (...args) => fn(this.context, ...args);
  }
}
