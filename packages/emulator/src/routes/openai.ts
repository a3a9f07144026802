import { runChat, simulateLatency } from '../chat/run-chat.ts';
import type { RegisterRoutes } from '../context.ts';
import { findModel, listModels, type ModelInfo } from '../engine/models.ts';
import { fail, invalidParameter } from '../http/fail.ts';
import { okJson } from '../http/respond.ts';
import { sseResponse } from '../http/sse.ts';
import { parseOpenAiChat } from '../openai/chat-request.ts';
import { openAiChunks, openAiCompletion } from '../openai/chat-response.ts';
import {
  EMBEDDING_DIMENSION,
  embeddingInputTokens,
  embedText,
} from '../services/embedding-vector.ts';
import { objectBody } from '../validate.ts';

const MODELS_CREATED = 1_752_710_400;

function embeddingInputs(input: unknown): string[] {
  const inputs = typeof input === 'string' ? [input] : input;
  if (
    !Array.isArray(inputs) ||
    inputs.length === 0 ||
    !inputs.every((i) => typeof i === 'string')
  ) {
    throw invalidParameter('input');
  }
  return inputs;
}

/** Models the OpenAI layer serves (chat and embedding models; not the legacy LK models). */
function openAiModels(): readonly ModelInfo[] {
  return listModels().filter((m) => m.api !== 'completions');
}

function modelObject(model: ModelInfo) {
  return { id: model.id, object: 'model', created: MODELS_CREATED, owned_by: 'naver' };
}

/** The OpenAI-compatible layer: `/v1/openai/chat/completions`, `/v1/openai/embeddings`, `/v1/openai/models`. */
export const registerOpenAiRoutes: RegisterRoutes = (app, ctx) => {
  app.post('/v1/openai/chat/completions', async (c) => {
    const plan = parseOpenAiChat(c.get('body'));
    const outcome = runChat(c, plan, ctx);
    if (plan.stream) return sseResponse(c, openAiChunks(plan, outcome), { format: 'openai' });
    await simulateLatency(ctx, outcome);
    return okJson(c, openAiCompletion(plan, outcome));
  });

  app.post('/v1/openai/embeddings', (c) => {
    const body = objectBody(c.get('body'));
    if (body.user !== undefined) throw fail('40002', 'Unsupported parameter: user');
    if (typeof body.model !== 'string') throw invalidParameter('model');
    const model = findModel(body.model);
    if (!model) throw fail('40080');
    if (model.api !== 'embedding') throw fail('40084');
    if (
      body.dimensions !== undefined &&
      body.dimensions !== null &&
      body.dimensions !== EMBEDDING_DIMENSION
    )
      throw invalidParameter('dimensions');
    if (
      body.encoding_format !== undefined &&
      body.encoding_format !== null &&
      body.encoding_format !== 'float'
    ) {
      throw invalidParameter('encoding_format');
    }
    const inputs = embeddingInputs(body.input);
    const counts = inputs.map((text) => embeddingInputTokens(text, model));
    const total = counts.reduce((a, b) => a + b, 0);
    return okJson(
      c,
      {
        object: 'list',
        data: inputs.map((text, index) => ({
          object: 'embedding',
          embedding: embedText(text, EMBEDDING_DIMENSION),
          index,
        })),
        model: body.model,
        usage: { prompt_tokens: total, total_tokens: total },
      },
      total,
    );
  });

  app.get('/v1/openai/models', (c) => {
    return okJson(c, { object: 'list', data: openAiModels().map(modelObject) });
  });

  // not documented; OpenAI clients' `models.retrieve(id)` calls it [UNCONFIRMED]
  app.get('/v1/openai/models/:id', (c) => {
    const model = openAiModels().find((m) => m.id === c.req.param('id'));
    if (!model) throw fail('40080');
    return okJson(c, modelObject(model));
  });
};
