import type { Random } from '../random.ts';
import { countTokens } from '../text/tokenizer.ts';
import { isKorean, topicWords } from '../text/words.ts';

/** Reasoning effort of HCX-007 (`none` means no thinking). */
export type ThinkingEffort = 'none' | 'low' | 'medium' | 'high';

/** Approximate thinking length, in tokens, per effort. */
const TARGET: Record<ThinkingEffort, number> = { none: 0, low: 60, medium: 180, high: 480 };

const KOREAN_STEPS = [
  '질문의 핵심은 {w}입니다.',
  '{w}에 대해 사용자가 무엇을 알고 싶은지 먼저 정리해 보겠습니다.',
  '{w}와 관련된 배경 지식을 떠올려 봅니다.',
  '가능한 답을 몇 가지 비교해 보고, 가장 정확한 것을 고릅니다.',
  '답변은 간결하고 이해하기 쉽게 구성해야 합니다.',
  '혹시 빠뜨린 조건이 없는지 다시 확인합니다.',
];

const ENGLISH_STEPS = [
  'The user is asking about {w}.',
  'Let me first work out what exactly they want to know about {w}.',
  'I should recall the relevant background on {w}.',
  'Comparing a few possible answers, I will pick the most accurate one.',
  'The answer should be concise and easy to follow.',
  'Let me double-check that no condition in the question was missed.',
];

/** Reasoning text about `question` whose length follows `effort` (empty for `none`). */
export function composeThinking(question: string, effort: ThinkingEffort, random: Random): string {
  const target = TARGET[effort];
  if (!target) return '';
  const korean = isKorean(question);
  const steps = korean ? KOREAN_STEPS : ENGLISH_STEPS;
  const words = topicWords(question);
  const parts: string[] = [];
  let tokens = 0;
  for (let i = 0; tokens < target; i++) {
    const template = i < steps.length ? (steps[i] as string) : random.pick(steps);
    const word = words.length
      ? (words[i % words.length] as string)
      : korean
        ? '이 질문'
        : 'this question';
    const sentence = template.replace('{w}', word);
    parts.push(sentence);
    tokens += countTokens(sentence);
  }
  return parts.join(' ');
}
