import { labelScore, queryTokens } from '../text/keyword-match.ts';
import { countTokens } from '../text/tokenizer.ts';
import { isKorean } from '../text/words.ts';
import type { ResolvedSkillset } from './options.ts';
import type { RequestOverride } from './skillset-request.ts';

/** One skill API call as the skillset reports it. */
export interface ApiResult {
  url: string;
  requestBody: string;
  responseBody: string;
  apiOrder: number;
  operationId: string;
  nameForHuman: string;
}

/** Everything a skillset run produces (for the JSON answer and the stream). */
export interface SkillsetRun {
  /** The planner's choice, or `undefined` when no skill fits the query. */
  selectedSkill: { nameForHuman: string } | undefined;
  apiResult: ApiResult[];
  finalAnswer: string;
  useTask: boolean;
  /** Tokens of the planning, chain-of-thought and final-answer phases. */
  tokenCounts: { planning: number; cot: number; finalAnswer: number };
}

/** Tokens of the (hidden) planner prompt. */
const PLANNING_OVERHEAD = 64;

function appendQuery(url: string, params: Record<string, unknown>): string {
  const entries = Object.entries(params);
  if (entries.length === 0) return url;
  const search = entries
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return `${url}${url.includes('?') ? '&' : '?'}${search}`;
}

/**
 * Runs `skillset` for `query`: the planner picks the best-matching skill by keywords (query
 * double, history once); the emulated call reports the skill URL with `{query}` filled and the
 * `requestOverride` query parameters appended, the merged override body and the configured
 * response; the final answer is the skill's template with `{query}` filled. With no matching
 * skill, no API is called and the answer says the request cannot be handled.
 */
export function runSkillset(
  skillset: ResolvedSkillset,
  query: string,
  history: readonly string[],
  override: RequestOverride | undefined,
): SkillsetRun {
  let skill: ResolvedSkillset['skills'][number] | undefined;
  let best = 0;
  for (const candidate of skillset.skills) {
    const score = labelScore(
      { keywords: candidate.keywords, description: candidate.nameForHuman },
      query,
      history,
    );
    if (score > best) {
      best = score;
      skill = candidate;
    }
  }
  const planning = PLANNING_OVERHEAD + queryTokens(query, history);
  if (!skill) {
    const finalAnswer = isKorean(query)
      ? '죄송합니다. 등록된 스킬로는 이 요청을 처리할 수 없습니다.'
      : 'Sorry, none of the registered skills can handle this request.';
    return {
      selectedSkill: undefined,
      apiResult: [],
      finalAnswer,
      useTask: skillset.useTask,
      tokenCounts: { planning, cot: 0, finalAnswer: countTokens(finalAnswer) },
    };
  }
  const operation = override?.operations?.find((o) => o.operationId === skill.operationId);
  const url = appendQuery(skill.url.replaceAll('{query}', encodeURIComponent(query)), {
    ...override?.baseOperation?.query,
    ...operation?.query,
  });
  const body = { ...override?.baseOperation?.requestBody, ...operation?.requestBody };
  const apiResult: ApiResult[] = [
    {
      url,
      requestBody: Object.keys(body).length === 0 ? '' : JSON.stringify(body),
      responseBody: skill.responseBody,
      apiOrder: 1,
      operationId: skill.operationId,
      nameForHuman: skill.nameForHuman,
    },
  ];
  const finalAnswer = skill.answer.replaceAll('{query}', query);
  return {
    selectedSkill: { nameForHuman: skill.nameForHuman },
    apiResult,
    finalAnswer,
    useTask: skillset.useTask,
    tokenCounts: {
      planning,
      cot: planning + countTokens(url) + countTokens(skill.responseBody),
      finalAnswer: countTokens(skill.responseBody) + countTokens(finalAnswer),
    },
  };
}
