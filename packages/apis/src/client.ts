import { type ClientOptions, Transport } from '@clova-studio/core';
import type { ResourceContext } from './resources/api-resource';
import { Chat } from './resources/chat';

/** Options of {@link ClovaStudio}: core's transport options plus `validation`. */
export interface ClovaStudioOptions extends ClientOptions {
  /**
   * Validate requests before sending them (default `true`). `false` sends parameters as given;
   * a single call can override it with `{ validate }` in its request options.
   */
  validation?: boolean;
}

/**
 * The CLOVA Studio client: one transport, endpoints grouped by area.
 *
 * @example
 * ```ts
 * const client = new ClovaStudio(); // reads CLOVA_STUDIO_API_KEY
 * const res = await client.chat.create({ model: 'HCX-005', messages: [{ role: 'user', content: 'Hi' }] });
 * ```
 */
export class ClovaStudio implements ResourceContext {
  /** The underlying transport, usable with the standalone endpoint functions. */
  readonly transport: Transport;
  /** Client-level default for request validation. */
  readonly validation: boolean;

  /** Chat Completions (v3, routed to v1 / tuned tasks as needed): `create`, `stream`, `v1`. */
  readonly chat: Chat = new Chat(this);

  /** @param options API key, base URL, timeout, retries, fetch, logger, validation. */
  constructor(options: ClovaStudioOptions = {}) {
    const { validation = true, ...clientOptions } = options;
    this.transport = new Transport(clientOptions);
    this.validation = validation;
  }
}
