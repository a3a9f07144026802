import { splitSentences } from '../text/sentences.ts';
import { bagCosine, topicBag } from '../text/term-bag.ts';
import { segmentText } from './segment.ts';

/** The summary request fields that shape the output. */
export interface SummarizeOptions {
  /** Split into paragraphs first and summarise each by its most central sentence. */
  autoSentenceSplitter: boolean;
  /** Wanted paragraph count, or `-1` for automatic. */
  segCount: number;
  /** Maximum characters per paragraph. */
  segMaxSize: number;
  /** Minimum characters per paragraph. */
  segMinSize: number;
}

/** At most this many bullet lines when the text is not split into paragraphs. */
const MAX_LINES = 5;
/** At most this many bullet lines per paragraph. */
const MAX_LINES_PER_PARAGRAPH = 3;

/** Lines kept from `n` sentences: about a quarter, at least one, at most `max`. */
function lineCount(n: number, max: number): number {
  return Math.min(max, Math.max(1, Math.ceil(n / 4)));
}

function mostCentral(sentences: string[], count: number): string[] {
  const whole = topicBag(sentences.join('\n'));
  const ranked = sentences
    .map((sentence, index) => ({ index, score: bagCosine(topicBag(sentence), whole) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, count)
    .sort((a, b) => a.index - b.index);
  return ranked.map((r) => sentences[r.index] ?? '');
}

function bullet(sentence: string): string {
  return `- ${sentence.replace(/^[-*•·]\s*/u, '')}`;
}

/**
 * An extractive summary of `texts` as bullet lines (`"- …\n- …"`, the form of the real outputs):
 * with `autoSentenceSplitter`, the most central sentences of each topic paragraph (about a
 * quarter, one to three); without, those of the whole text (about a quarter, at most five). Lines
 * keep the text order; centrality is the similarity of a sentence's topic words with the whole.
 */
export function summarize(texts: readonly string[], options: SummarizeOptions): string {
  const text = texts.join('\n');
  let lines: string[];
  if (options.autoSentenceSplitter) {
    const { topicSeg } = segmentText(text, {
      alpha: -100,
      segCnt: options.segCount,
      postProcess: true,
      postProcessMaxSize: options.segMaxSize,
      postProcessMinSize: options.segMinSize,
    });
    lines = topicSeg.flatMap((p) => mostCentral(p, lineCount(p.length, MAX_LINES_PER_PARAGRAPH)));
  } else {
    const sentences = splitSentences(text);
    lines = mostCentral(
      sentences,
      Math.min(MAX_LINES, Math.max(1, Math.ceil(sentences.length / 4))),
    );
  }
  return lines.map(bullet).join('\n');
}
