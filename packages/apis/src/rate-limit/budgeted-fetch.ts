import { parseRateLimitReset, parseRetryAfter } from '@clova-studio/core';
import { createParser } from 'eventsource-parser';
import { RateBudget, type RateBudgetOptions } from './rate-budget.ts';
import { rateLimitBucket } from './rate-limit-bucket.ts';
import { reportedTokens } from './reported-usage.ts';

type Fetch = typeof globalThis.fetch;

const budgets = new WeakMap<Fetch, RateBudget>();

/** The budget behind a `fetch` made by {@link budgetedFetch}, if it is one. */
export function budgetOfFetch(fetch: Fetch | undefined): RateBudget | undefined {
  return fetch ? budgets.get(fetch) : undefined;
}

/** `rateLimit` as given to the client: a budget to share, or the options of a new one. */
export function toRateBudget(rateLimit: RateBudget | RateBudgetOptions): RateBudget {
  return rateLimit instanceof RateBudget ? rateLimit : new RateBudget(rateLimit);
}

/**
 * Wraps `fetch` so that every HTTP attempt draws on `budget`: it waits for one request and the
 * estimated tokens of its bucket ({@link rateLimitBucket}), sends, then settles the estimate with
 * the usage the answer reports (a stream's when its `result` event arrives). The call counts from
 * the moment its answer starts (by then the service has counted it, however long the request
 * took to get there), so network delays cannot make the service see more than the budget. A 429 pauses the
 * bucket for every process sharing the budget, for `Retry-After` (or the `x-ratelimit-reset-*`
 * hint, else an eighth of the window). Waiting for the budget is part of an attempt, so it counts
 * toward the client's `timeout`.
 */
export function budgetedFetch(budget: RateBudget, fetch?: Fetch): Fetch {
  const budgeted: Fetch = async (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request ? request.url : String(input));
    const body = parseJSON(
      typeof init?.body === 'string'
        ? init.body
        : request?.body
          ? await request.clone().text()
          : undefined,
    );
    const bucket = rateLimitBucket(url.pathname, body);
    const tokens = budget.limitsOf(bucket)
      ? budget.estimateTokens({ bucket, path: url.pathname, body })
      : 0;
    const signal = init?.signal ?? request?.signal;
    const ticket = await budget.acquire(bucket, { tokens, signal, pending: true });
    const send = fetch ?? globalThis.fetch;
    if (!ticket) return send(input, init);
    let response: Response;
    try {
      response = await send(input, init);
    } catch (error) {
      ticket.settle({ tokens: 0, startedAt: budget.clock.now() });
      throw error;
    }
    // the service has counted the call by the time its answer starts: it counts from here on
    const startedAt = budget.clock.now();
    if (!response.ok) {
      ticket.settle({ tokens: 0, startedAt });
      if (response.status === 429)
        void budget.pause(bucket, pauseAfter429(response.headers, budget));
      return response;
    }
    if (/event-stream/i.test(response.headers.get('content-type') ?? '') && response.body) {
      ticket.settle({ startedAt });
      return settleFromStream(response, (used) => ticket.settle({ tokens: used }));
    }
    response
      .clone()
      .text()
      .then((text) => ticket.settle({ tokens: reportedTokens(parseJSON(text)), startedAt }))
      .catch(() => ticket.settle({ startedAt }));
    return response;
  };
  budgets.set(budgeted, budget);
  return budgeted;
}

function parseJSON(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** How long a 429 pauses the bucket, in ms: what core's `RateLimitError.retryAfterMs` reads, else an eighth of the window. */
function pauseAfter429(headers: Headers, budget: RateBudget): number {
  return parseRetryAfter(headers) ?? parseRateLimitReset(headers) ?? budget.windowMs / 8;
}

/** The stream as it is, watched for the usage its `result` (or last usage-bearing) event reports. */
function settleFromStream(response: Response, settle: (tokens: number) => void): Response {
  let last: number | undefined;
  let settled = false;
  const done = (tokens: number | undefined) => {
    if (settled || tokens === undefined) return;
    settled = true;
    settle(tokens);
  };
  const decoder = new TextDecoder();
  const parser = createParser({
    onEvent: (event) => {
      if (!/usage|inputLength/.test(event.data)) return;
      const tokens = reportedTokens(parseJSON(event.data));
      if (tokens === undefined) return;
      last = tokens;
      if (event.event === 'result') done(tokens);
    },
  });
  const watch = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      controller.enqueue(chunk);
      parser.feed(decoder.decode(chunk, { stream: true }));
    },
    flush() {
      done(last);
    },
  });
  // the class fetch answered with: a server in the same process may have replaced the global one
  const FetchResponse = response.constructor as typeof Response;
  return new FetchResponse(response.body!.pipeThrough(watch), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
