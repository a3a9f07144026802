import { createRandom, hash32, toolCallIdFrom } from '../random.ts';
import { rankBm25 } from '../text/bm25.ts';
import { countTokens, truncateTokens } from '../text/tokenizer.ts';
import { isKorean } from '../text/words.ts';
import type { RagRequest, RagTool } from './rag-request.ts';
import { selectCitations } from './rerank.ts';

/** A search hit the caller sent back in a `tool` message. */
interface SearchHit {
  id: string;
  doc: string;
}

/** The `result` of a RAG reasoning call. */
export interface RagResult {
  message: {
    role: 'assistant';
    content: string;
    thinkingContent?: string;
    toolCalls?: {
      id: string;
      type: 'function';
      function: { name: string; arguments: Record<string, unknown> };
    }[];
  };
  usage: { promptTokens: number; completionTokens: number; totalTokens: number };
}

/** Tokens of the (hidden) system prompt counted into `promptTokens`. */
const PROMPT_OVERHEAD = 48;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Search hits of a `tool` message: `{"search_result":[…]}` or an array of such objects. */
export function parseSearchResults(content: string): SearchHit[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    return [];
  }
  const holders = Array.isArray(parsed) ? parsed : [parsed];
  const hits: SearchHit[] = [];
  for (const holder of holders) {
    const list = isRecord(holder) ? holder.search_result : undefined;
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (isRecord(item) && item.doc !== undefined) {
        hits.push({ id: String(item.id ?? `doc-${hits.length + 1}`), doc: String(item.doc) });
      }
    }
  }
  return hits;
}

function toolCallId(request: RagRequest): string {
  return toolCallIdFrom(createRandom(hash32(JSON.stringify(request.messages))));
}

function pickTool(request: RagRequest, query: string): RagTool {
  const choice = request.toolChoice;
  if (typeof choice === 'object') {
    const forced = request.tools.find((t) => t.function.name === choice.function.name);
    if (forced) return forced;
  }
  const scores = rankBm25(
    request.tools.map((t) => `${t.function.name.replace(/_/g, ' ')} ${t.function.description}`),
    query,
  );
  let best = 0;
  scores.forEach((s, i) => {
    if (s > (scores[best] ?? 0)) best = i;
  });
  return request.tools[best] ?? request.tools[0]!;
}

/** Arguments for `tool`: the query in every required string property (or the first one). */
function toolArguments(tool: RagTool, query: string): Record<string, unknown> {
  const properties = isRecord(tool.function.parameters.properties)
    ? tool.function.parameters.properties
    : {};
  const required = Array.isArray(tool.function.parameters.required)
    ? tool.function.parameters.required.filter((r): r is string => typeof r === 'string')
    : [];
  const stringProps = Object.entries(properties)
    .filter(
      ([, schema]) => !isRecord(schema) || schema.type === undefined || schema.type === 'string',
    )
    .map(([name]) => name);
  const targets = required.filter((r) => stringProps.includes(r));
  const names = targets.length > 0 ? targets : stringProps.slice(0, 1);
  return Object.fromEntries(names.map((name) => [name, query]));
}

function answerFromHits(query: string, hits: SearchHit[]): string {
  const cited = selectCitations(
    query,
    hits.map((h) => h.doc),
  );
  const korean = isKorean(query);
  if (cited.length === 0) {
    return korean
      ? '검색 결과에서 질문과 관련된 정보를 찾을 수 없습니다.'
      : 'The search results contain no information about this question.';
  }
  return cited
    .map(({ index, sentence }) => {
      const id = hits[index]?.id ?? `doc-${index + 1}`;
      return `<${id}>${sentence}</${id}>`;
    })
    .join(' ');
}

function usage(request: RagRequest, completion: number) {
  const promptTokens =
    PROMPT_OVERHEAD +
    countTokens(JSON.stringify(request.tools)) +
    request.messages.reduce(
      (n, m) =>
        n + countTokens(m.content) + (m.toolCalls ? countTokens(JSON.stringify(m.toolCalls)) : 0),
      0,
    );
  return { promptTokens, completionTokens: completion, totalTokens: promptTokens + completion };
}

/** Input tokens of a request (messages, tool calls and tool definitions). */
export function ragInputTokens(request: RagRequest): number {
  return usage(request, 0).promptTokens;
}

/**
 * Answers a RAG reasoning request like the function-calling model: when `tool` results follow the
 * last user turn (and no function is forced), a final answer citing the relevant hits as
 * `<id>…</id>`; with `toolChoice: "none"`, a plain answer; otherwise an empty `content`, a
 * `thinkingContent` and one `toolCalls` entry (the forced or best-matching tool, its string
 * parameters filled with the user's query).
 */
export function ragReason(request: RagRequest): RagResult {
  const lastUser = request.messages.findLastIndex((m) => m.role === 'user');
  const query = (request.messages[lastUser]?.content ?? '').trim();
  const korean = isKorean(query);
  const hits = request.messages
    .slice(lastUser + 1)
    .filter((m) => m.role === 'tool')
    .flatMap((m) => parseSearchResults(m.content));
  const answered = request.messages.slice(lastUser + 1).some((m) => m.role === 'tool');
  if ((answered && typeof request.toolChoice !== 'object') || request.toolChoice === 'none') {
    const content = truncateTokens(
      answered
        ? answerFromHits(query, hits)
        : korean
          ? `검색 없이 답변드리면, "${query}"에 대해 확인된 자료가 없어 정확한 안내가 어렵습니다.`
          : `Without a search, there is no verified material on "${query}" to answer from.`,
      request.maxTokens,
    ).text;
    return { message: { role: 'assistant', content }, usage: usage(request, countTokens(content)) };
  }
  const tool = pickTool(request, query);
  const args = toolArguments(tool, query);
  const thinkingContent = korean
    ? `사용자가 "${query}"에 대해 문의했습니다. 답변에 필요한 정보를 찾기 위해 '${tool.function.name}' 도구로 검색합니다.`
    : `The user asked "${query}". I should search with '${tool.function.name}' to find the information needed.`;
  const toolCalls = [
    {
      id: toolCallId(request),
      type: 'function' as const,
      function: { name: tool.function.name, arguments: args },
    },
  ];
  const completion = countTokens(thinkingContent) + countTokens(JSON.stringify(toolCalls));
  return {
    message: { role: 'assistant', content: '', thinkingContent, toolCalls },
    usage: usage(request, completion),
  };
}
