import type { Random } from '../random.ts';
import { isKorean, topicWords } from '../text/words.ts';
import { lastUserText, type Turn } from './conversation.ts';

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

/** The sentences of an answer in one language (the same answer plan for Korean and English). */
interface Phrasebook {
  /** `a, b and c` (English) or `a, b, c` (Korean). */
  list(words: readonly string[]): string;
  /** A reply about an image, mentioning `topic` (a list of words) when there is one. */
  image(topic: string | undefined): string;
  /** Replies to a message without any topic word. */
  greetings: readonly string[];
  /** First sentences about the topic `first`. */
  openings(first: string): readonly string[];
  /** The middle sentence: several topics (`list` of up to four) or one. */
  core(first: string, list: string | undefined): string;
  /** Last sentences. */
  closings: readonly string[];
  /** First sentences of an answer built from tool results. */
  toolIntros: readonly string[];
  /** Last sentence of an answer built from tool results. */
  toolOutro: string;
}

const KOREAN: Phrasebook = {
  list: (words) =>
    words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')}, ${words.at(-1)}`,
  image: (topic) =>
    `이미지를 살펴보았습니다.${topic ? ` ${topic}와 관련해 보면,` : ''} 사진 가운데에 주요 대상이 보이고, 배경은 비교적 단순합니다. 더 자세히 알고 싶은 부분이 있으면 말씀해 주세요.`,
  greetings: ['안녕하세요! 무엇을 도와드릴까요?', '네, 말씀하세요. 어떤 것이 궁금하신가요?'],
  openings: (first) => [
    `${first}에 대해 질문해 주셨네요.`,
    `좋은 질문입니다. ${first}에 대해 말씀드릴게요.`,
  ],
  core: (first, list) =>
    list
      ? `간단히 정리하면, ${list}의 관계를 중심으로 살펴보는 것이 좋습니다.`
      : `간단히 정리하면, ${first}의 핵심은 목적과 상황에 맞게 이해하는 것입니다.`,
  closings: ['더 궁금한 점이 있으면 말씀해 주세요.', '추가로 필요한 내용이 있으면 알려 주세요.'],
  toolIntros: ['조회 결과를 알려드릴게요.', '확인해 보니 다음과 같습니다.'],
  toolOutro: '더 궁금한 점이 있으면 말씀해 주세요.',
};

const ENGLISH: Phrasebook = {
  list: (words) =>
    words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`,
  image: (topic) =>
    `I looked at the image.${topic ? ` Regarding ${topic},` : ''} the main subject is in the centre of the picture against a fairly simple background. Ask me about any detail you would like to know more about.`,
  greetings: ['Hello! How can I help you today?', 'Hi there. What would you like to know?'],
  openings: (first) => [`You asked about ${first}.`, `Good question about ${first}.`, 'Sure.'],
  core: (first, list) =>
    list
      ? `In short, it comes down to ${list}, and how they fit your situation.`
      : `In short, ${first} is best understood through its purpose and the context you use it in.`,
  closings: ['Let me know if you would like more detail.', 'I can go deeper on any part of this.'],
  toolIntros: ['Here is what I found:', 'According to the result,'],
  toolOutro: 'Let me know if you need anything else.',
};

function answerFromTools(turns: readonly Turn[], phrases: Phrasebook, random: Random): string {
  const results: string[] = [];
  for (let i = turns.length - 1; i >= 0 && turns[i]?.role === 'tool'; i--) {
    results.unshift(digest(turns[i]?.text ?? ''));
  }
  const body = results.filter(Boolean).join('; ');
  return `${random.pick(phrases.toolIntros)} ${body}. ${phrases.toolOutro}`;
}

function answer(words: readonly string[], images: number, phrases: Phrasebook, random: Random) {
  if (images > 0) return phrases.image(words.length ? phrases.list(words.slice(0, 3)) : undefined);
  const [first] = words;
  if (first === undefined) return random.pick(phrases.greetings);
  const opening = random.pick(phrases.openings(first));
  const core = phrases.core(first, words.length > 1 ? phrases.list(words.slice(0, 4)) : undefined);
  return `${opening} ${core} ${random.pick(phrases.closings)}`;
}

/** A plausible answer to the conversation: it echoes the key words of the last user message, in its language. */
export function composeReply(turns: readonly Turn[], random: Random): string {
  const question = lastUserText(turns);
  const phrases = isKorean(question) ? KOREAN : ENGLISH;
  if (turns.at(-1)?.role === 'tool') return answerFromTools(turns, phrases, random);
  const last = turns.findLast((t) => t.role === 'user');
  return answer(topicWords(question), last?.images ?? 0, phrases, random);
}
