/** A redis-server started by {@link startRedisServer}. */
export interface RunningRedis {
  /** Its port on 127.0.0.1. */
  port: number;
  /** `redis://127.0.0.1:<port>`. */
  url: string;
  /** Stops it (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port (stopping it first if it still runs); its data is gone. */
  restart(): Promise<void>;
}

/** What {@link planRedisServer} decides. */
export type RedisServerPlan =
  | { action: 'use'; bin: string }
  | { action: 'install' }
  | { action: 'fail'; message: string };

/** The first executable `name` on `path` (default `$PATH`). */
export function findOnPath(name: string, path?: string): string | undefined;

/** Use the binary found; else install it (root with apt-get); else fail saying how to provide one. */
export function planRedisServer(machine: {
  found: string | undefined;
  isRoot: boolean;
  hasAptGet: boolean;
}): RedisServerPlan;

/** The path of `redis-server`, installed with `apt-get` first when it is missing and the machine can. */
export function ensureRedisServer(): string;

/**
 * Starts a real `redis-server` on 127.0.0.1 with a free port, no persistence. Installs Debian's
 * `redis-server` when it is missing and the machine can (root with apt-get); otherwise throws an
 * error that says how to provide one. Never skips.
 */
export function startRedisServer(): Promise<RunningRedis>;
