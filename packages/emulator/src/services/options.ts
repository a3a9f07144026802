import { z } from 'zod';

/** A named label of a router (a domain, a blocked-content filter or a safety filter). */
export const routerLabelSchema = z.object({
  /** Label name returned in the response, e.g. `"지역 검색"` or `"UnsupportedRegion"`. */
  name: z.string().min(1),
  /** Words or phrases that select this label when they occur in the query (case-insensitive). */
  keywords: z.array(z.string().min(1)).default([]),
  /** Free description (used as extra matching text, as the real router uses it for the model). */
  description: z.string().default(''),
});

/** One router: its versions and the labels it classifies into. */
export const routerConfigSchema = z.object({
  /** Highest existing version; versions `1…versions` answer, others give 404/40400. Default 1. */
  versions: z.number().int().min(1).default(1),
  /** Domains; the best-matching one (if any) is `result.domain.result`. Empty → `domain.called` false. */
  domains: z.array(routerLabelSchema).default([]),
  /** Content filters; every matching one is listed in `result.blockedContent.result`. */
  blockedContent: z.array(routerLabelSchema).default([]),
  /** Safety filters; every matching one is listed in `result.safety.result`. */
  safety: z.array(routerLabelSchema).default([]),
  /** Router token limit (query + history); above it the router answers 400/65400. Default 4096. */
  maxTokens: z.number().int().min(1).default(4096),
});

/** One skill (an API the skillset can call). */
export const skillConfigSchema = z.object({
  /** Skill name shown to people (`nameForHuman`). */
  nameForHuman: z.string().min(1),
  /** API-spec operation id reported in `apiResult[].operationId`. */
  operationId: z.string().min(1),
  /** URL the emulated skill call reports; `{query}` is replaced by the URL-encoded user query. */
  url: z.string().min(1),
  /** Words or phrases that make the planner pick this skill (case-insensitive). */
  keywords: z.array(z.string().min(1)).default([]),
  /** Raw response body the emulated skill API "returns" (`apiResult[].responseBody`). */
  responseBody: z.string().default('{}'),
  /** Final answer template; `{query}` is replaced by the user query. */
  answer: z.string().min(1),
});

/** One skillset: its versions and skills. */
export const skillsetConfigSchema = z.object({
  /** Highest existing version; versions `1…versions` answer, others give 404/40400. Default 1. */
  versions: z.number().int().min(1).default(1),
  /** The skills; when none matches the query, the answer says so and `apiResult` is empty. */
  skills: z.array(skillConfigSchema).default([]),
  /** Whether answers are reported as coming from a trained model (`useTask`). Default false. */
  useTask: z.boolean().default(false),
  /** Token limit (query + history); above it the skillset answers 400/64400. Default 4096. */
  maxTokens: z.number().int().min(1).default(4096),
});

/** Timing of emulated tuning tasks, on the emulator clock. */
export const tuningOptionsSchema = z.object({
  /** Milliseconds a new task stays `WAIT` before it starts `RUNNING`. Default 60 000. */
  queueMs: z.number().int().min(0).default(60_000),
  /** Milliseconds a task stays `RUNNING` before it ends `SUCCEEDED` (or `FAILED`). Default 600 000. */
  runMs: z.number().int().min(0).default(600_000),
});

/** Configuration of the router, skillset and tuning APIs (part of `EmulatorOptions`; JSON-serialisable). */
export const servicesOptionsSchema = z.object({
  /** Routers by router id, added to the default router `default` (`DEFAULT_ROUTERS`); the same id replaces it. */
  routers: z.record(z.string(), routerConfigSchema.partial()).optional(),
  /** Skillsets by id, added to the default skillset `default` (`DEFAULT_SKILLSETS`); the same id replaces it. */
  skillsets: z.record(z.string(), skillsetConfigSchema.partial()).optional(),
  /** Tuning timing on the emulator clock. */
  tuning: tuningOptionsSchema.partial().optional(),
});

/** A router label as configured (input form; `keywords`/`description` optional). */
export type RouterLabel = z.input<typeof routerLabelSchema>;
/** A router as configured (every field optional). */
export type RouterConfig = z.input<typeof routerConfigSchema>;
/** A skill as configured. */
export type SkillConfig = z.input<typeof skillConfigSchema>;
/** A skillset as configured (every field optional but `skills[].nameForHuman/operationId/url/answer`). */
export type SkillsetConfig = z.input<typeof skillsetConfigSchema>;
/** Options of the router, skillset and tuning APIs, as the user writes them. */
export type ServicesOptions = z.input<typeof servicesOptionsSchema>;
/** A router with every default filled in. */
export type ResolvedRouter = z.output<typeof routerConfigSchema>;
/** A skillset with every default filled in. */
export type ResolvedSkillset = z.output<typeof skillsetConfigSchema>;
/** Router, skillset and tuning options with every default filled in. */
export interface ResolvedServices {
  /** Routers by id (always includes `default` unless overridden). */
  routers: Record<string, ResolvedRouter>;
  /** Skillsets by id (always includes `default` unless overridden). */
  skillsets: Record<string, ResolvedSkillset>;
  /** Tuning timing. */
  tuning: z.output<typeof tuningOptionsSchema>;
}

/** The router every emulator has: id `default`, version 1, a few Korean/English domains and filters. */
export const DEFAULT_ROUTERS: Record<string, RouterConfig> = {
  default: {
    versions: 1,
    domains: [
      {
        name: '날씨',
        keywords: [
          '날씨',
          '기온',
          '강수',
          '우산',
          '미세먼지',
          '예보',
          'weather',
          'rain',
          'forecast',
          'temperature',
        ],
      },
      {
        name: '지역 검색',
        keywords: [
          '맛집',
          '근처',
          '주변',
          '가는 길',
          '위치',
          'restaurant',
          'nearby',
          'near',
          'where',
        ],
      },
      {
        name: '쇼핑',
        keywords: [
          '가격',
          '구매',
          '주문',
          '배송',
          '할인',
          'price',
          'buy',
          'order',
          'shipping',
          'discount',
        ],
      },
    ],
    blockedContent: [
      { name: 'UnsupportedRegion', keywords: ['부산', '제주', 'busan', 'jeju'] },
      { name: 'Investment', keywords: ['주식', '코인', 'stock', 'crypto', 'bitcoin'] },
    ],
    safety: [{ name: 'Violence', keywords: ['폭력', '폭탄', '무기', 'bomb', 'weapon', 'kill'] }],
  },
};

/** The skillset every emulator has: id `default`, version 1, a weather skill and a hotel skill. */
export const DEFAULT_SKILLSETS: Record<string, SkillsetConfig> = {
  default: {
    versions: 1,
    skills: [
      {
        nameForHuman: '날씨 정보',
        operationId: 'weatherAPI',
        url: 'https://skill.example.com/weather?query={query}',
        keywords: ['날씨', '기온', '강수', '예보', 'weather', 'rain', 'forecast', 'temperature'],
        responseBody: '{"forecast":"clear","temperatureC":24}',
        answer: '요청하신 날씨 정보입니다: 맑고 기온은 24도로 예상됩니다. ({query})',
      },
      {
        nameForHuman: '호텔 검색',
        operationId: 'hotelSearch',
        url: 'https://skill.example.com/hotels?keyword={query}',
        keywords: ['호텔', '숙소', '숙박', 'hotel', 'stay', 'room'],
        responseBody: '[{"name":"Emulator Hotel","distanceToSubwayM":150}]',
        answer: '지하철역에서 가까운 숙소로 Emulator Hotel을 추천합니다. ({query})',
      },
    ],
  },
};

/** Fills in every default of the router, skillset and tuning options (throws a zod error on a malformed config). */
export function resolveServices(options: ServicesOptions = {}): ResolvedServices {
  const parsed = servicesOptionsSchema.parse(options);
  const routers: Record<string, ResolvedRouter> = {};
  for (const [id, config] of Object.entries({ ...DEFAULT_ROUTERS, ...parsed.routers })) {
    routers[id] = routerConfigSchema.parse(config);
  }
  const skillsets: Record<string, ResolvedSkillset> = {};
  for (const [id, config] of Object.entries({ ...DEFAULT_SKILLSETS, ...parsed.skillsets })) {
    skillsets[id] = skillsetConfigSchema.parse(config);
  }
  return { routers, skillsets, tuning: tuningOptionsSchema.parse(parsed.tuning ?? {}) };
}
