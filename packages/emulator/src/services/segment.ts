import { splitSentences } from '../text/sentences.ts';
import type { TermBag } from '../text/term-bag.ts';
import { bagCosine, mergeBags, topicBag } from '../text/term-bag.ts';

/** How to split a text into topic paragraphs (the segmentation request fields). */
export interface SegmentOptions {
  /** Split threshold: `-100` = automatic, else −1.5…1.5 (larger → more paragraphs). */
  alpha: number;
  /** Wanted paragraph count, or `-1` for automatic. */
  segCnt: number;
  /** Whether to merge/split paragraphs towards the size bounds afterwards. */
  postProcess: boolean;
  /** Maximum characters per paragraph when post-processing. */
  postProcessMaxSize: number;
  /** Minimum characters per paragraph when post-processing, or `-1` for no merging. */
  postProcessMinSize: number;
}

/** Paragraphs as sentence lists, and the 0-based sentence indices of each. */
export interface Segmentation {
  topicSeg: string[][];
  span: number[][];
}

/** Sentences on each side of a gap that are compared. */
const WINDOW = 2;

/** How much a question shifts the gap before it (a new topic) and after it (its answer). */
const QUESTION_SHIFT = 0.3;

function gapSimilarities(sentences: string[], bags: TermBag[]): number[] {
  const gaps: number[] = [];
  for (let i = 0; i + 1 < bags.length; i++) {
    const left = mergeBags(bags.slice(Math.max(0, i + 1 - WINDOW), i + 1));
    const right = mergeBags(bags.slice(i + 1, i + 1 + WINDOW));
    let similarity = bagCosine(left, right);
    if (sentences[i + 1]?.endsWith('?')) similarity -= QUESTION_SHIFT;
    if (sentences[i]?.endsWith('?')) similarity += QUESTION_SHIFT;
    gaps.push(similarity);
  }
  return gaps;
}

/** Automatic mode: a one-sentence paragraph joins its more similar neighbour. */
function absorbSingletons(groups: number[][], gaps: number[]): number[][] {
  const out: number[][] = [];
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g] ?? [];
    const first = group[0] ?? 0;
    const prev = out[out.length - 1];
    const next = groups[g + 1];
    if (group.length !== 1 || (!prev && !next)) {
      out.push(group);
      continue;
    }
    const prevSim = prev ? (gaps[first - 1] ?? -Infinity) : -Infinity;
    const nextSim = next ? (gaps[first] ?? -Infinity) : -Infinity;
    if (next && nextSim > prevSim) groups[g + 1] = [first, ...next];
    else if (prev) prev.push(first);
    else out.push(group);
  }
  return out;
}

function boundaries(gaps: number[], options: SegmentOptions): Set<number> {
  if (options.segCnt >= 1) {
    const k = Math.min(options.segCnt, gaps.length + 1) - 1;
    const order = gaps.map((g, i) => ({ g, i })).sort((a, b) => a.g - b.g || a.i - b.i);
    return new Set(order.slice(0, k).map((x) => x.i));
  }
  if (gaps.length === 0) return new Set();
  const mean = gaps.reduce((s, g) => s + g, 0) / gaps.length;
  const std = Math.sqrt(gaps.reduce((s, g) => s + (g - mean) ** 2, 0) / gaps.length);
  const alpha = options.alpha === -100 ? 0 : options.alpha;
  const threshold = mean + (alpha - 0.5) * std;
  const out = new Set<number>();
  gaps.forEach((g, i) => {
    if (g < threshold) out.add(i);
  });
  return out;
}

function groupSize(group: number[], sentences: string[]): number {
  return group.reduce((sum, i) => sum + (sentences[i]?.length ?? 0), 0) + group.length - 1;
}

function splitLarge(group: number[], sentences: string[], max: number): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let size = -1;
  for (const index of group) {
    const length = sentences[index]?.length ?? 0;
    if (current.length > 0 && size + 1 + length > max) {
      out.push(current);
      current = [];
      size = -1;
    }
    current.push(index);
    size += 1 + length;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function mergeSmall(groups: number[][], sentences: string[], min: number, max: number): number[][] {
  const out: { members: number[]; size: number }[] = [];
  for (const group of groups) {
    const size = groupSize(group, sentences);
    const last = out[out.length - 1];
    if (last && (last.size < min || size < min) && last.size + 1 + size <= max) {
      for (const index of group) last.members.push(index);
      last.size += 1 + size;
    } else {
      out.push({ members: [...group], size });
    }
  }
  return out.map((g) => g.members);
}

/**
 * Splits `text` into topic paragraphs: sentences are split (`sentences.ts`), the lexical
 * similarity (topic words, no stopwords) across each gap is measured over a window of two
 * sentences per side (a question lowers the gap before it and raises the one after it), and the
 * paragraph breaks go at the least similar gaps (`segCnt`), or below a threshold set by `alpha`
 * (then one-sentence paragraphs join their more similar neighbour).
 * With `postProcess`, paragraphs longer than `postProcessMaxSize` characters are cut greedily
 * (as many whole sentences per part as fit), and ones shorter than `postProcessMinSize` merged into their predecessor (or the
 * next one) while the result stays within `postProcessMaxSize`.
 */
export function segmentText(text: string, options: SegmentOptions): Segmentation {
  const sentences = splitSentences(text);
  if (sentences.length === 0) return { topicSeg: [], span: [] };
  const gaps = gapSimilarities(sentences, sentences.map(topicBag));
  const cuts = boundaries(gaps, options);
  let groups: number[][] = [[0]];
  for (let i = 1; i < sentences.length; i++) {
    if (cuts.has(i - 1)) groups.push([i]);
    else groups[groups.length - 1]?.push(i);
  }
  if (options.segCnt < 1) groups = absorbSingletons(groups, gaps);
  if (options.postProcess) {
    const max = Math.max(1, options.postProcessMaxSize);
    groups = groups.flatMap((g) => splitLarge(g, sentences, max));
    if (options.postProcessMinSize >= 0) {
      groups = mergeSmall(groups, sentences, options.postProcessMinSize, max);
    }
  }
  return { topicSeg: groups.map((g) => g.map((i) => sentences[i] ?? '')), span: groups };
}
