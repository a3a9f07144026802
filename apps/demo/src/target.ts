import { ClovaStudio, type ClovaStudioOptions } from '@clova-studio/apis';
import { DEFAULT_BASE_URL } from '@clova-studio/core';
import { type EmulatorOptions, type RunningEmulator, startEmulator } from '@clova-studio/emulator';

/**
 * Ids of things that must already exist on the service. The emulator has them built in
 * (router `default`, skillset `default`); against the real service they come from the environment,
 * and scenarios that need a missing one are skipped.
 */
export interface ServiceIds {
  /** `CLOVA_STUDIO_ROUTER_ID` (emulator: `default`). */
  readonly routerId: string | undefined;
  /** `CLOVA_STUDIO_ROUTER_VERSION` (default 1). */
  readonly routerVersion: number;
  /** `CLOVA_STUDIO_SKILLSET_ID` (emulator: `default`). */
  readonly skillsetId: string | undefined;
  /** `CLOVA_STUDIO_SKILLSET_VERSION` (default 1). */
  readonly skillsetVersion: number;
  /** `CLOVA_STUDIO_TUNING_TASK_ID`: an already trained task to chat with (real service only). */
  readonly tuningTaskId: string | undefined;
  /**
   * Object Storage location of a training dataset, from `CLOVA_STUDIO_TUNING_BUCKET`,
   * `CLOVA_STUDIO_TUNING_FILE_PATH`, `CLOVA_STUDIO_TUNING_ACCESS_KEY`, `CLOVA_STUDIO_TUNING_SECRET_KEY`
   * (all four, or none). The emulator needs none: it does not read the dataset.
   */
  readonly tuningDataset: TuningDataset | undefined;
}

/** Where a training dataset lives in Object Storage. */
export interface TuningDataset {
  readonly bucket: string;
  readonly filePath: string;
  readonly accessKey: string;
  readonly secretKey: string;
}

/** The service the demo talks to. */
export interface Target {
  /** `emulator` (offline, the default) or `service` (the real CLOVA Studio, with `CLOVA_STUDIO_API_KEY`). */
  readonly kind: 'emulator' | 'service';
  /** Base URL of the native API. */
  readonly baseURL: string;
  /** A client ready to use. */
  readonly client: ClovaStudio;
  /** The options `client` was built with (API key included: never print them). */
  readonly clientOptions: Readonly<ClovaStudioOptions>;
  /** The in-process emulator, or `undefined` against the real service. */
  readonly emulator: RunningEmulator | undefined;
  /** Pre-existing ids (router, skillset, tuned task). */
  readonly ids: ServiceIds;
  /** Client-side pacing and polling suited to this target. */
  readonly pacing: Pacing;
  /** Builds another client on the same target with changed options (e.g. a logger). */
  createClient(overrides?: ClovaStudioOptions): ClovaStudio;
  /** Stops the emulator, if any. */
  close(): Promise<void>;
}

/** How fast scenarios may go: quotas and polling differ between the emulator and the service. */
export interface Pacing {
  /**
   * Embedding requests per minute for `embedMany`: `CLOVA_STUDIO_EMBEDDING_RPM` against the real
   * service (default 60, the SDK's own default; set your quota), effectively unlimited on the emulator.
   */
  readonly embeddingRequestsPerMinute: number;
  /** How often to poll a tuning job: every 30 s on the service, every 200 ms on the emulator. */
  readonly tuningPollMs: number;
}

/** Options of {@link openTarget}. */
export interface OpenTargetOptions {
  /** Environment to read (default `process.env`). */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * Emulator streaming latency, so streamed text visibly arrives piece by piece (default: a
   * short delay per token; tests pass `{ perTokenMs: 0 }`).
   */
  readonly latency?: { readonly firstTokenMs?: number; readonly perTokenMs?: number };
  /** More emulator options (e.g. `scripts`), for tests; ignored against the real service. */
  readonly emulator?: Omit<EmulatorOptions, 'port' | 'latency'>;
}

/** Default emulator latency: about what a person can watch. */
const EMULATOR_LATENCY = { firstTokenMs: 150, perTokenMs: 15 };

/** Emulator timing: tuning jobs queue for 0.3 s and train for 2 s instead of minutes and hours. */
const EMULATOR_TUNING = { queueMs: 300, runMs: 2_000 };

/**
 * Emulator rate limits, per key and model: well above the documented test-key quotas (60 QPM on
 * HCX-005) so that a demo run (300 embeddings in `embed-many`) never trips them by accident;
 * the `retry` scenario injects its 429 on purpose.
 */
const EMULATOR_RATE_LIMITS = { requestsPerMinute: 2_000, tokensPerMinute: 2_000_000 };

/**
 * Opens the demo's target: the real service when `CLOVA_STUDIO_API_KEY` is set (with
 * `CLOVA_STUDIO_BASE_URL` if given), otherwise an emulator started in-process on a free port.
 */
export async function openTarget(options: OpenTargetOptions = {}): Promise<Target> {
  const env = options.env ?? process.env;
  const apiKey = env.CLOVA_STUDIO_API_KEY;
  if (apiKey) {
    const baseURL = env.CLOVA_STUDIO_BASE_URL || DEFAULT_BASE_URL;
    return makeTarget('service', { apiKey, baseURL }, undefined, serviceIds(env), {
      embeddingRequestsPerMinute: Number(env.CLOVA_STUDIO_EMBEDDING_RPM || 60),
      tuningPollMs: 30_000,
    });
  }
  const emulator = await startEmulator({
    ...options.emulator,
    port: 0,
    rateLimits: EMULATOR_RATE_LIMITS,
    tuning: EMULATOR_TUNING,
    latency: options.latency ?? EMULATOR_LATENCY,
  });
  return makeTarget(
    'emulator',
    { apiKey: emulator.apiKey, baseURL: emulator.url },
    emulator,
    {
      routerId: 'default',
      routerVersion: 1,
      skillsetId: 'default',
      skillsetVersion: 1,
      tuningTaskId: undefined,
      tuningDataset: undefined,
    },
    { embeddingRequestsPerMinute: 1_000_000, tuningPollMs: 200 },
  );
}

function makeTarget(
  kind: Target['kind'],
  clientOptions: ClovaStudioOptions & { baseURL: string },
  emulator: RunningEmulator | undefined,
  ids: ServiceIds,
  pacing: Pacing,
): Target {
  const createClient = (overrides: ClovaStudioOptions = {}) =>
    new ClovaStudio({ ...clientOptions, ...overrides });
  return {
    kind,
    baseURL: clientOptions.baseURL,
    client: createClient(),
    clientOptions,
    emulator,
    ids,
    pacing,
    createClient,
    close: async () => {
      await emulator?.close();
    },
  };
}

function serviceIds(env: NodeJS.ProcessEnv): ServiceIds {
  const bucket = env.CLOVA_STUDIO_TUNING_BUCKET;
  const filePath = env.CLOVA_STUDIO_TUNING_FILE_PATH;
  const accessKey = env.CLOVA_STUDIO_TUNING_ACCESS_KEY;
  const secretKey = env.CLOVA_STUDIO_TUNING_SECRET_KEY;
  return {
    routerId: env.CLOVA_STUDIO_ROUTER_ID || undefined,
    routerVersion: Number(env.CLOVA_STUDIO_ROUTER_VERSION || 1),
    skillsetId: env.CLOVA_STUDIO_SKILLSET_ID || undefined,
    skillsetVersion: Number(env.CLOVA_STUDIO_SKILLSET_VERSION || 1),
    tuningTaskId: env.CLOVA_STUDIO_TUNING_TASK_ID || undefined,
    tuningDataset:
      bucket && filePath && accessKey && secretKey
        ? { bucket, filePath, accessKey, secretKey }
        : undefined,
  };
}
