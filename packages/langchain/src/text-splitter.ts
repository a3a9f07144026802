import { type ClovaStudio, newRequestId, type SegmentationParams } from '@clova-studio/apis';
import { AsyncCaller, type AsyncCallerParams } from '@langchain/core/utils/async_caller';
import { TextSplitter, type TextSplitterParams } from '@langchain/textsplitters';
import { type ClovaXClientOptions, createClovaClient } from './client.ts';
import { toLangChainError } from './errors.ts';

/** Options of {@link ClovaXTextSplitter}. Every `ClovaStudioOptions` field is passed to the client it builds. */
export interface ClovaXTextSplitterInput
  extends Partial<Pick<TextSplitterParams, 'keepSeparator'>>,
    AsyncCallerParams,
    ClovaXClientOptions,
    Omit<SegmentationParams, 'text'> {}

const OWN_KEYS = [
  'alpha',
  'segCnt',
  'postProcess',
  'postProcessMaxSize',
  'postProcessMinSize',
  'keepSeparator',
  'client',
  'maxConcurrency',
  'maxRetries',
  'onFailedAttempt',
] as const;

/**
 * Splits text by topic with CLOVA Studio's Break paragraph (segmentation) API, so each chunk is
 * one semantically whole paragraph, cut verbatim from the text. `alpha`, `segCnt` and
 * the post-processing sizes are the API's own knobs; the default `alpha` is `-100` (automatic).
 *
 * @example
 * ```ts
 * const splitter = new ClovaXTextSplitter();
 * const chunks = await splitter.splitText(longText);
 * ```
 */
export class ClovaXTextSplitter extends TextSplitter {
  /** The apis client (built with `maxRetries: 0`; the caller retries). */
  readonly client: ClovaStudio;
  /** Retries and concurrency. */
  readonly caller: AsyncCaller;
  /** Segmentation options sent with every text. */
  readonly segmentation: Omit<SegmentationParams, 'text'>;

  /** @param fields - segmentation options, caller and client options. */
  constructor(fields: ClovaXTextSplitterInput = {}) {
    // the service decides the chunk sizes: the length-based checks of TextSplitter are off
    super({ chunkSize: Number.MAX_SAFE_INTEGER, chunkOverlap: 0, keepSeparator: false });
    const { alpha = -100, segCnt, postProcess, postProcessMaxSize, postProcessMinSize } = fields;
    this.segmentation = Object.fromEntries(
      Object.entries({ alpha, segCnt, postProcess, postProcessMaxSize, postProcessMinSize }).filter(
        ([, v]) => v !== undefined,
      ),
    );
    this.caller = new AsyncCaller(fields);
    this.client = createClovaClient(fields as Record<string, unknown>, OWN_KEYS);
  }

  /** The topic paragraphs of `text`. */
  override async splitText(text: string): Promise<string[]> {
    if (text.trim() === '') return [];
    const options = { maxRetries: 0, requestId: newRequestId() };
    const result = await this.caller.call(() =>
      this.client.segmentation
        .create({ text, ...this.segmentation }, options)
        .catch((e: unknown) => {
          throw toLangChainError(e);
        }),
    );
    return verbatimParagraphs(text, result.topicSeg);
  }
}

/**
 * Each paragraph as the span of `text` from its first sentence to its last, so chunks are
 * verbatim substrings (and `splitDocuments` line numbers are right). A paragraph whose sentences
 * cannot be found in order is joined with spaces instead.
 */
export function verbatimParagraphs(text: string, paragraphs: readonly string[][]): string[] {
  const out: string[] = [];
  let cursor = 0;
  for (const sentences of paragraphs) {
    let start = -1;
    let end = cursor;
    for (const sentence of sentences) {
      const s = sentence.trim();
      if (s === '') continue;
      const at = text.indexOf(s, end);
      if (at < 0) {
        start = -2;
        break;
      }
      if (start === -1) start = at;
      end = at + s.length;
    }
    const chunk = start >= 0 ? text.slice(start, end) : sentences.join(' ').trim();
    if (start >= 0) cursor = end;
    if (chunk !== '') out.push(chunk);
  }
  return out;
}
