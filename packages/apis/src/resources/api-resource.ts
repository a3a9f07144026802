import type { Transport } from '@clova-studio/core';
import type { ClovaRequestOptions } from '../validation/request-options';

/** What a resource group needs from the {@link ClovaStudio} client that owns it. */
export interface ResourceContext {
  /** The shared transport (auth, retries, timeouts, SSE). */
  readonly transport: Transport;
  /** Client-level default for request validation (`ClovaStudioOptions.validation`). */
  readonly validation: boolean;
}

/**
 * Base class of every resource group (`client.chat`, `client.embeddings`, …). Subclasses call
 * standalone endpoint functions with `this.transport` and `this.options(options)`.
 */
export abstract class APIResource {
  /** @param context the owning client's transport and defaults */
  constructor(protected readonly context: ResourceContext) {}

  /** The owning client's transport. */
  protected get transport(): Transport {
    return this.context.transport;
  }

  /** Per-request options with the client's `validation` default applied. */
  protected options(options?: ClovaRequestOptions): ClovaRequestOptions {
    return { ...options, validate: options?.validate ?? this.context.validation };
  }
}
