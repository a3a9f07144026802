import type { Random } from '../random.js';
import { isKorean, topicWords } from '../text/words.js';
import { lastUserText, type Turn } from './conversation.js';

function list(words: readonly string[], korean: boolean): string {
  if (words.length <= 1) return words[0] ?? '';
  const head = words.slice(0, -1).join(', ');
  return korean ? `${head}, ${words.at(-1)}` : `${head} and ${words.at(-1)}`;
}

/** A one-line digest of a tool result (JSON flattened to `key: value` pairs). */
function digest(content: string): string {
  let text = content.trim();
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') {
      text = Object.entries(parsed as Record<string, unknown>)
        .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
        .join(', ');
    }
  } catch {
    // not JSON: use the text as is
  }
  return text.length > 240 ? `${text.slice(0, 240)}…` : text;
}

function answerFromTools(turns: readonly Turn[], korean: boolean, random: Random): string {
  const results: string[] = [];
  for (let i = turns.length - 1; i >= 0 && turns[i]?.role === 'tool'; i--) {
    results.unshift(digest(turns[i]?.text ?? ''));
  }
  const body = results.filter(Boolean).join('; ');
  if (korean) {
    return `${random.pick(['조회 결과를 알려드릴게요.', '확인해 보니 다음과 같습니다.'])} ${body}. 더 궁금한 점이 있으면 말씀해 주세요.`;
  }
  return `${random.pick(['Here is what I found:', 'According to the result,'])} ${body}. Let me know if you need anything else.`;
}

function answerKorean(words: readonly string[], images: number, random: Random): string {
  if (images > 0) {
    const topic = words.length ? ` ${list(words.slice(0, 3), true)}와 관련해 보면,` : '';
    return `이미지를 살펴보았습니다.${topic} 사진 가운데에 주요 대상이 보이고, 배경은 비교적 단순합니다. 더 자세히 알고 싶은 부분이 있으면 말씀해 주세요.`;
  }
  if (!words.length)
    return random.pick([
      '안녕하세요! 무엇을 도와드릴까요?',
      '네, 말씀하세요. 어떤 것이 궁금하신가요?',
    ]);
  const [first] = words;
  const opening = random.pick([
    `${first}에 대해 질문해 주셨네요.`,
    `좋은 질문입니다. ${first}에 대해 말씀드릴게요.`,
  ]);
  const core =
    words.length > 1
      ? `간단히 정리하면, ${list(words.slice(0, 4), true)}의 관계를 중심으로 살펴보는 것이 좋습니다.`
      : `간단히 정리하면, ${first}의 핵심은 목적과 상황에 맞게 이해하는 것입니다.`;
  const closing = random.pick([
    '더 궁금한 점이 있으면 말씀해 주세요.',
    '추가로 필요한 내용이 있으면 알려 주세요.',
  ]);
  return `${opening} ${core} ${closing}`;
}

function answerEnglish(words: readonly string[], images: number, random: Random): string {
  if (images > 0) {
    const topic = words.length ? ` Regarding ${list(words.slice(0, 3), false)},` : '';
    return `I looked at the image.${topic} the main subject is in the centre of the picture against a fairly simple background. Ask me about any detail you would like to know more about.`;
  }
  if (!words.length)
    return random.pick([
      'Hello! How can I help you today?',
      'Hi there. What would you like to know?',
    ]);
  const [first] = words;
  const opening = random.pick([
    `You asked about ${first}.`,
    `Good question about ${first}.`,
    'Sure.',
  ]);
  const core =
    words.length > 1
      ? `In short, it comes down to ${list(words.slice(0, 4), false)}, and how they fit your situation.`
      : `In short, ${first} is best understood through its purpose and the context you use it in.`;
  const closing = random.pick([
    'Let me know if you would like more detail.',
    'I can go deeper on any part of this.',
  ]);
  return `${opening} ${core} ${closing}`;
}

/** A plausible answer to the conversation: it echoes the key words of the last user message, in its language. */
export function composeReply(turns: readonly Turn[], random: Random): string {
  const question = lastUserText(turns);
  const korean = isKorean(question);
  if (turns.at(-1)?.role === 'tool') return answerFromTools(turns, korean, random);
  const last = [...turns].reverse().find((t) => t.role === 'user');
  const words = topicWords(question);
  return korean
    ? answerKorean(words, last?.images ?? 0, random)
    : answerEnglish(words, last?.images ?? 0, random);
}
