import type { ClovaStudio, SegmentationParams } from '@clova-studio/apis';
import { AsyncCaller, type AsyncCallerParams } from '@langchain/core/utils/async_caller';
import { TextSplitter, type TextSplitterParams } from '@langchain/textsplitters';
import { type ClovaXClientOptions, createClovaClient, newRequestId } from './client';
import { toLangChainError } from './errors';

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
 * one semantically whole paragraph (its sentences joined with a space). `alpha`, `segCnt` and
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
    return result.topicSeg.map((sentences) => sentences.join(' ').trim()).filter((s) => s !== '');
  }
}
