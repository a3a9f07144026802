import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunReport, runScenarios, type ScenarioOutcome } from '../src/runner.ts';
import type { Scenario } from '../src/scenario.ts';
import { aiSdkEmbed } from '../src/scenarios/ai-sdk-embed.ts';
import { aiSdkObject } from '../src/scenarios/ai-sdk-object.ts';
import { aiSdkRerank } from '../src/scenarios/ai-sdk-rerank.ts';
import { aiSdkToolLoop } from '../src/scenarios/ai-sdk-tools.ts';
import { chatConversation } from '../src/scenarios/chat-conversation.ts';
import { chatImage } from '../src/scenarios/chat-image.ts';
import { chatStream } from '../src/scenarios/chat-stream.ts';
import { chatThinking } from '../src/scenarios/chat-thinking.ts';
import { chatV1 } from '../src/scenarios/chat-v1.ts';
import { completions } from '../src/scenarios/completions.ts';
import { embedMany } from '../src/scenarios/embed-many.ts';
import { embeddings } from '../src/scenarios/embeddings.ts';
import { functionCalling } from '../src/scenarios/function-calling.ts';
import { scenarios } from '../src/scenarios/index.ts';
import { langchainAgent } from '../src/scenarios/langchain-agent.ts';
import { langchainRag } from '../src/scenarios/langchain-rag.ts';
import { langchainStructured } from '../src/scenarios/langchain-structured.ts';
import { openaiCompat } from '../src/scenarios/openai-compat.ts';
import { rerankRag } from '../src/scenarios/rerank-rag.ts';
import { retry } from '../src/scenarios/retry.ts';
import { router } from '../src/scenarios/router.ts';
import { segmentation } from '../src/scenarios/segmentation.ts';
import { skillset } from '../src/scenarios/skillset.ts';
import { slidingWindow } from '../src/scenarios/sliding-window.ts';
import { structuredOutput } from '../src/scenarios/structured-output.ts';
import { summary } from '../src/scenarios/summary.ts';
import { tokenCount } from '../src/scenarios/token-count.ts';
import { tuning } from '../src/scenarios/tuning.ts';
import { openTarget, type Target } from '../src/target.ts';
import { createBufferTerminal } from '../src/ui/terminal.ts';

// Every scenario, run once against an in-process emulator (port 0, no latency); each test then
// checks what that scenario established, not just that it did not throw.
let target: Target;
let report: RunReport;
const terminal = createBufferTerminal();

beforeAll(async () => {
  target = await openTarget({ env: {}, latency: { firstTokenMs: 0, perTokenMs: 0 } });
  report = await runScenarios(scenarios, { target, terminal });
}, 60_000);

afterAll(async () => {
  await target?.close();
});

function outcomeOf(scenario: Scenario): ScenarioOutcome {
  const outcome = report.outcomes.find((o) => o.name === scenario.name);
  if (!outcome) throw new Error(`${scenario.name} did not run`);
  return outcome;
}

/** The data a scenario returned, typed as that scenario declares it. */
function dataOf<Data>(scenario: Scenario<Data>): Data {
  const outcome = outcomeOf(scenario as Scenario);
  if (outcome.status !== 'passed') {
    throw new Error(
      `${scenario.name} ${outcome.status}: ${JSON.stringify(outcome.error ?? outcome.skipReason)}`,
    );
  }
  return outcome.data as Data;
}

describe('every scenario against the emulator', () => {
  it('talks to the emulator', () => {
    expect(report.target.kind).toBe('emulator');
    expect(report.target.baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each(scenarios.map((s) => s.name))('%s passes', (name) => {
    const outcome = report.outcomes.find((o) => o.name === name);
    expect(outcome?.error).toBeUndefined();
    expect(outcome?.status).toBe('passed');
  });

  it('the whole run is ok and prints no stack trace', () => {
    expect(report.ok).toBe(true);
    expect(report.failed).toBe(0);
    expect(terminal.text()).not.toMatch(/\n\s+at /);
  });
});

describe('what each scenario established', () => {
  it('chat-stream streamed text in several chunks that add up to the final message', () => {
    const data = dataOf(chatStream);
    expect(data.chunks).toBeGreaterThan(1);
    expect(data.text.length).toBeGreaterThan(0);
    expect(terminal.text()).toContain(data.text);
  });

  it('chat-conversation kept the whole history across turns', () => {
    const data = dataOf(chatConversation);
    expect(data.turns).toBe(3);
    expect(data.historyLength).toBe(1 + 2 * data.turns);
  });

  it('chat-image got an answer about the image', () => {
    expect(dataOf(chatImage).answer.length).toBeGreaterThan(0);
  });

  it('chat-thinking kept the reasoning apart from the answer', () => {
    const data = dataOf(chatThinking);
    expect(data.thinking.length).toBeGreaterThan(0);
    expect(data.answer.length).toBeGreaterThan(0);
    expect(data.answer).not.toContain(data.thinking);
  });

  it('function-calling called the local function and the answer used its result', () => {
    const data = dataOf(functionCalling);
    expect(data.calls.length).toBeGreaterThan(0);
    expect(data.calls[0]?.name).toBe('get_weather');
    expect(data.answerUsesResult).toBe(true);
    const result = data.calls[0]?.result;
    expect(data.answer).toContain(String(result?.temperatureC));
  });

  it('structured-output parsed a typed object', () => {
    const { recipe } = dataOf(structuredOutput);
    expect(typeof recipe.title).toBe('string');
    expect(Number.isInteger(recipe.servings)).toBe(true);
    expect(recipe.ingredients.length).toBeGreaterThan(0);
  });

  it('chat-v1 answered in the v1 shape', () => {
    const data = dataOf(chatV1);
    expect(data.answer.length).toBeGreaterThan(0);
    expect(data.outputLength).toBeGreaterThan(0);
  });

  it('completions returned generated text', () => {
    expect(dataOf(completions).output.length).toBeGreaterThan(0);
  });

  it('openai-compat listed models, streamed chat and embedded through the openai package', () => {
    const data = dataOf(openaiCompat);
    expect(data.models).toContain('HCX-005');
    expect(data.text.length).toBeGreaterThan(0);
    expect(data.dimensions).toBeGreaterThan(0);
  });

  it('token-count got a positive count from every calculator', () => {
    const data = dataOf(tokenCount);
    for (const count of [data.chatV1, data.chatV3, data.embeddingV2, data.tokenizer]) {
      expect(count).toBeGreaterThan(0);
    }
  });

  it('sliding-window dropped old turns but kept the system prompt and the latest question', () => {
    const data = dataOf(slidingWindow);
    expect(data.after).toBeLessThan(data.before);
    expect(data.keptSystem).toBe(true);
    expect(data.keptLatest).toBe(true);
  });

  it('summary is shorter than the article', () => {
    const data = dataOf(summary);
    expect(data.summary.length).toBeGreaterThan(0);
    expect(data.summary.length).toBeLessThan(data.inputLength);
  });

  it('segmentation split the text into several paragraphs, losing no sentence', () => {
    const data = dataOf(segmentation);
    expect(data.paragraphs).toBeGreaterThan(1);
    expect(data.sentences).toBe(8);
  });

  it('embeddings rank each sentence closest to its topical pair', () => {
    const data = dataOf(embeddings);
    for (const matrix of Object.values(data.matrices)) {
      expect(matrix[0]?.[1]).toBeGreaterThan(matrix[0]?.[2] ?? 1);
      expect(matrix[2]?.[3]).toBeGreaterThan(matrix[2]?.[0] ?? 1);
    }
    expect(data.pairsFirst).toEqual({ 'clir-emb-dolphin': true, 'bge-m3': true });
  });

  it('rerank-rag cited the hotel document in both answers', () => {
    const data = dataOf(rerankRag);
    expect(data.rerankCited).toContain('travel-02');
    expect(data.ragCited).toContain('travel-02');
  });

  it('router classified the queries and flagged the investment one', () => {
    const { routes } = dataOf(router);
    expect(routes).toHaveLength(3);
    expect(routes[0]?.domain).toBe('날씨');
    expect(routes[2]?.blockedContent).toContain('Investment');
  });

  it('skillset called the weather API and streamed a final answer', () => {
    const data = dataOf(skillset);
    expect(data.apiCalls).toContain('weatherAPI');
    expect(data.events.at(-1)).toBe('finalAnswer');
    expect(data.finalAnswer.length).toBeGreaterThan(0);
  });

  it('tuning reached SUCCEEDED, answered with the tuned task, and was deleted', () => {
    const data = dataOf(tuning);
    expect(data.statuses.at(-1)).toBe('SUCCEEDED');
    expect(data.finalStatus).toBe('SUCCEEDED');
    expect(data.tunedAnswer.length).toBeGreaterThan(0);
    expect(data.deleted).toBe(true);
    expect(
      target.emulator?.tuningTasks().some((t) => (t as { id: string }).id === data.taskId),
    ).toBe(false);
  });

  it('embed-many returned one vector per text, in input order', () => {
    const data = dataOf(embedMany);
    expect(data.count).toBe(data.inputCount);
    expect(data.inputCount).toBeGreaterThanOrEqual(300);
    expect(data.orderKept).toBe(true);
    for (const spot of data.spotChecks) expect(spot.similarity).toBeGreaterThan(0.999);
  });

  it('retry saw a 429 and then succeeded with the same request id', () => {
    const data = dataOf(retry);
    expect(data.attempts.map((a) => a.status)).toEqual([429, 200]);
    expect(data.attempts[0]?.code).toBe('42901');
    expect(data.retryLogged).toBe(true);
  });

  it('langchain-agent called both local tools and answered from their results', () => {
    const data = dataOf(langchainAgent);
    expect(data.tools).toEqual(expect.arrayContaining(['get_weather', 'calculator']));
    expect(data.answers).toHaveLength(2);
    expect(data.answers[1]).toContain('69104');
  });

  it('langchain-rag retrieved and reranked the hotel chunk, then reasoned before answering', () => {
    const data = dataOf(langchainRag);
    expect(data.chunks).toBeGreaterThan(1);
    expect(data.retrieved.some((chunk) => chunk.includes('180,000 won'))).toBe(true);
    expect(data.best).toContain('180,000 won per night in Seoul');
    expect(data.reasoning.length).toBeGreaterThan(0);
    expect(data.answer.length).toBeGreaterThan(0);
    expect(data.reasoningTokens).toBeGreaterThan(0);
  });

  it('langchain-structured returned an object matching the zod schema', () => {
    const { movie } = dataOf(langchainStructured);
    expect(typeof movie.title).toBe('string');
    expect(Number.isInteger(movie.year)).toBe(true);
    expect(movie.genres.length).toBeGreaterThan(0);
  });

  it('ai-sdk-tools ran the tool in one step and answered with its result in the next', () => {
    const data = dataOf(aiSdkToolLoop);
    expect(data.steps).toBeGreaterThanOrEqual(2);
    expect(data.toolNames).toContain('get_weather');
    expect(data.text).toContain(String(data.temperatureC));
    expect(data.finishReason).toBe('stop');
  });

  it('ai-sdk-object parsed an object matching the zod schema', () => {
    const { trip } = dataOf(aiSdkObject);
    expect(trip.days).toBeGreaterThanOrEqual(1);
    expect(trip.highlights.length).toBeGreaterThan(0);
    expect(Number.isInteger(trip.budgetWon)).toBe(true);
  });

  it('ai-sdk-embed found the hotel document closest to the question', () => {
    const data = dataOf(aiSdkEmbed);
    expect(data.count).toBe(5);
    expect(data.dimensions).toBe(1024);
    expect(data.ranking[0]).toBe('travel-02');
  });

  it('ai-sdk-rerank ranked the hotel document first', () => {
    const { ranking } = dataOf(aiSdkRerank);
    expect(ranking[0]?.id).toBe('travel-02');
    expect(ranking[0]?.score).toBeGreaterThan(0);
  });
});
