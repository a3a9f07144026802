import { APIResource, type Bound } from '../shared/api-resource.ts';
import { createOpenAIChatCompletion, streamOpenAIChatCompletion } from './openai-chat.ts';
import { createOpenAIEmbedding } from './openai-embeddings.ts';
import { listOpenAIModels } from './openai-models.ts';

/** `client.openai.chat.completions`. */
export class OpenAIChatCompletions extends APIResource {
  /** `POST /v1/openai/embeddings`. */
  readonly create: Bound<typeof createOpenAIChatCompletion> = this.bind(createOpenAIChatCompletion);

  /** `POST /v1/openai/chat/completions` with `stream: true`. */
  readonly stream: Bound<typeof streamOpenAIChatCompletion> = this.bind(streamOpenAIChatCompletion);
}

/** `client.openai.chat`. */
export class OpenAIChat extends APIResource {
  /** Chat Completions. */
  readonly completions: OpenAIChatCompletions = new OpenAIChatCompletions(this.context);
}

/** `client.openai.embeddings`. */
export class OpenAIEmbeddings extends APIResource {
  /** `POST /v1/openai/embeddings`. */
  readonly create: Bound<typeof createOpenAIEmbedding> = this.bind(createOpenAIEmbedding);
}

/** `client.openai.models`. */
export class OpenAIModels extends APIResource {
  /** `GET /v1/openai/models`. */
  readonly list: Bound<typeof listOpenAIModels> = this.bind(listOpenAIModels);
}

/** The OpenAI-compatible layer (`/v1/openai`), in OpenAI's snake_case shapes. */
export class OpenAICompatible extends APIResource {
  /** Chat Completions. */
  readonly chat: OpenAIChat = new OpenAIChat(this.context);
  /** Embeddings. */
  readonly embeddings: OpenAIEmbeddings = new OpenAIEmbeddings(this.context);
  /** Models. */
  readonly models: OpenAIModels = new OpenAIModels(this.context);
}
