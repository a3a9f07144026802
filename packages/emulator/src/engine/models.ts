/** Which API a model is served on. */
export type ModelApi = 'v3' | 'v1' | 'completions' | 'embedding';

/** What the emulator knows about a model (chat.md §10). */
export interface ModelInfo {
  /** Model name as it appears in paths and in the OpenAI layer. */
  id: string;
  /** Native API the model belongs to. */
  api: ModelApi;
  /** Input plus output token limit. */
  context: number;
  /** Input token limit. */
  maxInput: number;
  /** Output token limit. */
  maxOutput: number;
  /** Accepts image parts (HCX-005). */
  vision: boolean;
  /** Accepts `tools`. */
  tools: boolean;
  /** Accepts `thinking` and `responseFormat` (HCX-007). */
  reasoning: boolean;
  /** Documented test-key rate limits (queries and tokens per minute). */
  rateLimit?: { requestsPerMinute: number; tokensPerMinute: number };
}

const MODELS: readonly ModelInfo[] = [
  {
    id: 'HCX-007',
    api: 'v3',
    context: 128_000,
    maxInput: 128_000,
    maxOutput: 32_768,
    vision: false,
    tools: true,
    reasoning: true,
    rateLimit: { requestsPerMinute: 60, tokensPerMinute: 60_000 },
  },
  {
    id: 'HCX-005',
    api: 'v3',
    context: 128_000,
    maxInput: 128_000,
    maxOutput: 4096,
    vision: true,
    tools: true,
    reasoning: false,
    rateLimit: { requestsPerMinute: 60, tokensPerMinute: 60_000 },
  },
  {
    id: 'HCX-DASH-002',
    api: 'v3',
    context: 32_000,
    maxInput: 32_000,
    maxOutput: 4096,
    vision: false,
    tools: true,
    reasoning: false,
    rateLimit: { requestsPerMinute: 90, tokensPerMinute: 80_000 },
  },
  {
    id: 'HCX-003',
    api: 'v1',
    context: 8192,
    maxInput: 7600,
    maxOutput: 4096,
    vision: false,
    tools: false,
    reasoning: false,
    rateLimit: { requestsPerMinute: 200, tokensPerMinute: 30_000 },
  },
  {
    id: 'HCX-DASH-001',
    api: 'v1',
    context: 4096,
    maxInput: 3500,
    maxOutput: 4096,
    vision: false,
    tools: false,
    reasoning: false,
    rateLimit: { requestsPerMinute: 200, tokensPerMinute: 30_000 },
  },
  ...['LK-D2', 'LK-B', 'LK-C', 'LE-C'].map(
    (id): ModelInfo => ({
      id,
      api: 'completions',
      context: 4096,
      maxInput: 2048,
      maxOutput: 2048,
      vision: false,
      tools: false,
      reasoning: false,
      rateLimit: { requestsPerMinute: 60, tokensPerMinute: 10_000 },
    }),
  ),
  // embedding models: `maxInput` is the documented token limit of one text
  ...(
    [
      ['bge-m3', 8192],
      ['clir-emb-dolphin', 500],
      ['clir-sts-dolphin', 500],
    ] as const
  ).map(
    ([id, limit]): ModelInfo => ({
      id,
      api: 'embedding',
      context: limit,
      maxInput: limit,
      maxOutput: 0,
      vision: false,
      tools: false,
      reasoning: false,
    }),
  ),
];

const BY_ID = new Map(MODELS.map((m) => [m.id, m]));

/** Every model the emulator serves. */
export function listModels(): readonly ModelInfo[] {
  return MODELS;
}

/** The model called `id` (exact, case-sensitive), or `undefined`. */
export function findModel(id: string): ModelInfo | undefined {
  return BY_ID.get(id);
}
