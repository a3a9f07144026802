import type { MiddlewareHandler } from 'hono';
import type { EmulatorEnv } from '../context.ts';
import { sleep } from '../engine/sleep.ts';
import { ClovaError } from './clova-error.ts';
import {
  FAULT_HEADER,
  type Fault,
  type FaultRule,
  globRegExp,
  parseFaultHeader,
  streamFaultOf,
} from './faults.ts';
import { readHeader } from './header.ts';
import { alreadySentResponse, markClosedByServer, nodeOutgoing } from './node-bindings.ts';
import { defaultCodeOf, messageOf } from './status-codes.ts';

function htmlPage(status: number): string {
  const title =
    status === 502
      ? '502 Bad Gateway'
      : status === 503
        ? '503 Service Temporarily Unavailable'
        : `${status} Error`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
}

/** State of the fault injector: configured rules and attempt counters. */
export class FaultInjector {
  private readonly ruleHits = new Map<FaultRule, number>();
  private readonly headerHits = new Map<string, number>();
  /** Each rule's `path` glob, compiled once. */
  private readonly paths: readonly RegExp[];

  constructor(private readonly rules: readonly FaultRule[]) {
    this.paths = rules.map((rule) => globRegExp(rule.path));
  }

  /** Forgets every counter. */
  reset(): void {
    this.ruleHits.clear();
    this.headerHits.clear();
  }

  /** The fault for this request (the header wins over configured rules), if any. */
  select(
    method: string,
    path: string,
    header: string | undefined,
    requestId: string | undefined,
  ): Fault | undefined {
    if (header) {
      const fault = parseFaultHeader(header);
      if (fault.times === undefined) return fault;
      const key = `${requestId ?? ''}\u0000${header}`;
      const hits = (this.headerHits.get(key) ?? 0) + 1;
      this.headerHits.set(key, hits);
      if (this.headerHits.size > 10_000) this.headerHits.clear();
      return hits <= fault.times ? fault : undefined;
    }
    for (const [index, rule] of this.rules.entries()) {
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (!this.paths[index]?.test(path)) continue;
      const hits = (this.ruleHits.get(rule) ?? 0) + 1;
      this.ruleHits.set(rule, hits);
      if (rule.times !== undefined && hits > rule.times) continue;
      return rule;
    }
    return undefined;
  }

  /**
   * Middleware applying faults (added latency, then drop, then a status answer; stream faults go
   * to the SSE writer) and setting the streaming `latency` the SSE writer applies.
   */
  middleware(latency: {
    firstTokenMs: number;
    perTokenMs: number;
  }): MiddlewareHandler<EmulatorEnv> {
    return async (c, next) => {
      c.set('latency', latency);
      c.set('streamFault', undefined);
      const fault = this.select(
        c.req.method,
        c.req.path,
        readHeader(c, FAULT_HEADER),
        readHeader(c, 'x-ncp-clovastudio-request-id'),
      );
      if (!fault) return next();
      if (fault.latencyMs) await sleep(fault.latencyMs);
      if (fault.drop) {
        const outgoing = nodeOutgoing(c);
        if (outgoing) {
          markClosedByServer(outgoing);
          outgoing.socket?.destroy();
          outgoing.destroy();
          c.set('responseCode', 'drop');
          return alreadySentResponse();
        }
        return new Response(htmlPage(502), {
          status: 502,
          headers: { 'content-type': 'text/html' },
        });
      }
      if (fault.status !== undefined) {
        const headers: Record<string, string> = {};
        if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
        if (fault.retryAfterMs !== undefined)
          headers['retry-after-ms'] = String(fault.retryAfterMs);
        if (fault.html) {
          return new Response(htmlPage(fault.status), {
            status: fault.status,
            headers: { 'content-type': 'text/html', ...headers },
          });
        }
        const code = fault.code ?? defaultCodeOf(fault.status);
        throw new ClovaError(fault.status, code, messageOf(code), headers);
      }
      c.set('streamFault', streamFaultOf(fault));
      await next();
    };
  }
}
