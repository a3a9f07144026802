import { splitSentences } from './sentences.js';
import type { TermBag } from './term-vector.js';
import { bagCosine, mergeBags, termBag } from './term-vector.js';

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

function gapSimilarities(bags: TermBag[]): number[] {
  const gaps: number[] = [];
  for (let i = 0; i + 1 < bags.length; i++) {
    const left = mergeBags(bags.slice(Math.max(0, i + 1 - WINDOW), i + 1));
    const right = mergeBags(bags.slice(i + 1, i + 1 + WINDOW));
    gaps.push(bagCosine(left, right));
  }
  return gaps;
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

function splitLarge(group: number[], sentences: string[], gaps: number[], max: number): number[][] {
  if (group.length < 2 || groupSize(group, sentences) <= max) return [group];
  let cut = 0;
  for (let k = 1; k < group.length - 1; k++) {
    if ((gaps[group[k] ?? 0] ?? 1) < (gaps[group[cut] ?? 0] ?? 1)) cut = k;
  }
  return [
    ...splitLarge(group.slice(0, cut + 1), sentences, gaps, max),
    ...splitLarge(group.slice(cut + 1), sentences, gaps, max),
  ];
}

function mergeSmall(
  groups: number[][],
  sentences: string[],
  gaps: number[],
  min: number,
  max: number,
) {
  const out = groups.map((g) => [...g]);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < out.length && out.length > 1; i++) {
      const group = out[i] ?? [];
      if (groupSize(group, sentences) >= min) continue;
      const prev = out[i - 1];
      const next = out[i + 1];
      const prevSim = prev ? (gaps[group[0]! - 1] ?? 0) : -1;
      const nextSim = next ? (gaps[group[group.length - 1]!] ?? 0) : -1;
      const candidates = [
        { at: i - 1, sim: prevSim, merged: prev ? [...prev, ...group] : undefined },
        { at: i, sim: nextSim, merged: next ? [...group, ...next] : undefined },
      ]
        .filter((c) => c.merged && groupSize(c.merged, sentences) <= max)
        .sort((a, b) => b.sim - a.sim);
      const best = candidates[0];
      if (!best?.merged) continue;
      out.splice(best.at, 2, best.merged);
      changed = true;
      break;
    }
  }
  return out;
}

/**
 * Splits `text` into topic paragraphs: sentences are split (`sentences.ts`), the lexical
 * similarity across each gap is measured over a window of two sentences per side, and the
 * paragraph breaks go at the least similar gaps (`segCnt`), or below a threshold set by `alpha`.
 * With `postProcess`, paragraphs longer than `postProcessMaxSize` characters are split at their
 * weakest gap and ones shorter than `postProcessMinSize` merged with their closest neighbour.
 */
export function segmentText(text: string, options: SegmentOptions): Segmentation {
  const sentences = splitSentences(text);
  if (sentences.length === 0) return { topicSeg: [], span: [] };
  const gaps = gapSimilarities(sentences.map(termBag));
  const cuts = boundaries(gaps, options);
  let groups: number[][] = [[0]];
  for (let i = 1; i < sentences.length; i++) {
    if (cuts.has(i - 1)) groups.push([i]);
    else groups[groups.length - 1]?.push(i);
  }
  if (options.postProcess) {
    const max = Math.max(1, options.postProcessMaxSize);
    groups = groups.flatMap((g) => splitLarge(g, sentences, gaps, max));
    if (options.postProcessMinSize >= 0) {
      groups = mergeSmall(groups, sentences, gaps, options.postProcessMinSize, max);
    }
  }
  return { topicSeg: groups.map((g) => g.map((i) => sentences[i] ?? '')), span: groups };
}
