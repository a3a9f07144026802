import { keywords, stems } from '../text/words.ts';
import type { ToolSpec } from './conversation.ts';

/** Korean words for common tool concepts, so a Korean request can match an English tool. */
const GLOSSARY: Record<string, string[]> = {
  날씨: ['weather', 'forecast'],
  기온: ['weather', 'temperature'],
  온도: ['temperature', 'weather'],
  시간: ['time', 'clock'],
  몇시: ['time'],
  검색: ['search', 'find', 'lookup'],
  찾아: ['search', 'find'],
  주가: ['stock', 'price'],
  주식: ['stock'],
  환율: ['exchange', 'currency', 'rate'],
  번역: ['translate', 'translation'],
  메일: ['email', 'mail'],
  이메일: ['email', 'mail'],
  일정: ['schedule', 'calendar', 'event'],
  예약: ['book', 'reservation', 'reserve'],
  계산: ['calculate', 'calculator', 'math'],
  뉴스: ['news'],
  맛집: ['restaurant', 'food'],
  식당: ['restaurant'],
  길찾기: ['direction', 'route', 'map'],
  음악: ['music', 'song'],
  주문: ['order'],
  배송: ['shipping', 'delivery', 'order'],
  가격: ['price'],
  호텔: ['hotel'],
  항공: ['flight'],
  비행기: ['flight'],
};

function requestStems(text: string): Set<string> {
  const out = new Set(stems(text));
  for (const [korean, english] of Object.entries(GLOSSARY)) {
    if (text.includes(korean)) for (const word of english) out.add(word);
  }
  return out;
}

/** How well `tool` matches `text`: shared stems, the name counting double. */
export function toolScore(tool: ToolSpec, text: string): number {
  const wanted = requestStems(text);
  let score = 0;
  for (const stem of new Set(stems(tool.name))) if (wanted.has(stem)) score += 2;
  for (const stem of new Set(stems(tool.description))) if (wanted.has(stem)) score += 1;
  return score;
}

/** The tool that best matches `text`, or `undefined` when none shares a word with it. */
export function pickTool(tools: readonly ToolSpec[], text: string): ToolSpec | undefined {
  let best: ToolSpec | undefined;
  let bestScore = 0;
  for (const tool of tools) {
    const score = toolScore(tool, text);
    if (score > bestScore) {
      best = tool;
      bestScore = score;
    }
  }
  return best;
}

/** Lower-case words of `text` that matched `tool` (not to be reused as argument values). */
export function matchedWords(tool: ToolSpec, text: string): Set<string> {
  const toolStems = new Set([...stems(tool.name), ...stems(tool.description)]);
  const out = new Set<string>();
  for (const word of keywords(text).map((w) => w.toLowerCase())) {
    const [stem] = stems(word);
    if (stem && toolStems.has(stem)) out.add(word);
    const english = GLOSSARY[word];
    if (english?.some((e) => toolStems.has(e))) out.add(word);
  }
  return out;
}
