import { APIResource, type Bound } from '../shared/api-resource.ts';
import { tokenizeChat } from './chat-tokenize.ts';
import { tokenizeChatV3 } from './chat-tokenize-v3.ts';
import { tokenizeEmbeddingV2 } from './embedding-v2-tokenize.ts';
import { tokenize } from './tokenize.ts';

/** Token calculators and the non-HCX tokenizer. */
export class Tokenizer extends APIResource {
  /** Token calculator (chat), v1 models: `POST /v1/api-tools/chat-tokenize/{model}`. */
  readonly chat: Bound<typeof tokenizeChat> = this.bind(tokenizeChat);

  /** Token calculator (chat v3): `POST /v3/api-tools/chat-tokenize/{model}`. */
  readonly chatV3: Bound<typeof tokenizeChatV3> = this.bind(tokenizeChatV3);

  /** Token calculator (Embedding v2): `POST /v1/api-tools/embedding/v2/tokenize`. */
  readonly embeddingV2: Bound<typeof tokenizeEmbeddingV2> = this.bind(tokenizeEmbeddingV2);

  /** Tokenizer for non-HyperCLOVA X (LK) models: `POST /v1/api-tools/tokenize/{model}`. */
  readonly tokenize: Bound<typeof tokenize> = this.bind(tokenize);
}
