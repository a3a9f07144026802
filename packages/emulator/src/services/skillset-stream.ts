import type { SseEvent } from '../http/sse.ts';
import { hash32 } from '../random.ts';
import { tokenPieces } from '../text/tokenizer.ts';
import type { SkillsetRun } from './skillset-runner.ts';

function eventId(seed: string, n: number): string {
  const h = (k: number) => hash32(seed, n, k).toString(16).padStart(8, '0');
  return `${h(1).slice(0, 6)}-${h(2).slice(0, 5)}-${h(3).slice(0, 3)}-${h(4).slice(0, 5)}-${h(5).slice(0, 5)}-${h(6).slice(0, 1)}`;
}

/**
 * The SSE events of a skillset run, in order: `planning` (when a skill was selected), `cot` (when
 * an API was called), one `token` event per answer token (`tokenPieces`) when `tokenStream` is on (the last has
 * `stopReason: "end_token"`), then `finalAnswer`.
 */
export function skillsetEvents(run: SkillsetRun, tokenStream: boolean, seed: string): SseEvent[] {
  const events: { event: string; data: unknown }[] = [];
  if (run.selectedSkill) {
    events.push({
      event: 'planning',
      data: { selectedSkill: run.selectedSkill, tokenCount: run.tokenCounts.planning },
    });
  }
  if (run.apiResult.length > 0) {
    events.push({
      event: 'cot',
      data: {
        apiResult: run.apiResult.map(({ url, requestBody, responseBody, apiOrder }) => ({
          url,
          requestBody,
          responseBody,
          apiOrder,
        })),
        tokenCount: run.tokenCounts.cot,
      },
    });
  }
  if (tokenStream) {
    const pieces = tokenPieces(run.finalAnswer);
    pieces.forEach((text, i) => {
      const last = i === pieces.length - 1;
      events.push({
        event: 'token',
        data: { text, probs: [{ token: text, prob: 1 }], stopReason: last ? 'end_token' : null },
      });
    });
  }
  events.push({
    event: 'finalAnswer',
    data: {
      finalAnswer: run.finalAnswer,
      apiResult: run.apiResult,
      tokenCount: run.tokenCounts.finalAnswer,
    },
  });
  return events.map((e, n) => ({ id: eventId(seed, n), ...e }));
}
