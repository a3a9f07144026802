import type * as z from 'zod/mini';
import { chatModelCapabilities } from '../models.ts';

/** The fields the cross-field rules look at (a structural view of the v3 parameters). */
interface RuleInput {
  model?: string | undefined;
  taskId?: string | undefined;
  messages: readonly { role: string; content: unknown }[];
  maxTokens?: number | undefined;
  maxCompletionTokens?: number | undefined;
  stop?: readonly string[] | undefined;
  thinking?: { effort?: string | undefined } | undefined;
  tools?: readonly unknown[] | undefined;
  responseFormat?: unknown;
}

/** Minimum token cap when tools are sent. */
const TOOLS_MIN_TOKENS = 1024;
const MAX_IMAGES_PER_REQUEST = 5;

/**
 * Documented v3 rules that span several fields: features that cannot be combined, per-model
 * capabilities (from `models`), image limits. Each issue names the offending field.
 */
export function checkChatCompletionsV3Rules(
  p: RuleInput,
  ctx: z.core.$RefinementCtx<RuleInput>,
): void {
  const issue = (path: PropertyKey[], message: string) =>
    ctx.addIssue({ code: 'custom', message, path, input: p });

  if ((p.model === undefined) === (p.taskId === undefined)) {
    issue(['model'], 'give exactly one of model and taskId');
  }
  const caps = chatModelCapabilities(p.model);
  const name = p.model ?? 'a tuned task';
  // Thinking is active when explicitly requested, or by default (effort low) on a thinking model.
  const effort = p.thinking?.effort ?? (caps?.thinking ? 'low' : undefined);
  const thinkingOn = effort !== undefined && effort !== 'none';

  if (p.maxTokens !== undefined && p.maxCompletionTokens !== undefined) {
    issue(['maxCompletionTokens'], 'cannot be combined with maxTokens');
  }
  if (p.thinking !== undefined && (p.taskId !== undefined || (caps && !caps.thinking))) {
    issue(['thinking'], `${name} does not support thinking (HCX-007 only)`);
  }
  if (caps?.outputLimitField === 'maxCompletionTokens' && p.maxTokens !== undefined) {
    issue(['maxTokens'], `${name} takes maxCompletionTokens instead of maxTokens`);
  }
  if (caps && p.maxTokens !== undefined && p.maxTokens > caps.maxOutputTokens) {
    issue(['maxTokens'], `must be at most ${caps.maxOutputTokens} for ${name}`);
  }
  if (thinkingOn && p.stop !== undefined && p.stop.length > 0) {
    issue(
      ['stop'],
      `cannot be combined with thinking (effort '${effort}'); set thinking.effort to 'none'`,
    );
  }

  const hasTools = p.tools !== undefined && p.tools.length > 0;
  if (hasTools) {
    if (p.taskId !== undefined || (caps && !caps.tools)) {
      issue(['tools'], `${name} does not support function calling`);
    } else if (thinkingOn) {
      issue(
        ['tools'],
        `cannot be combined with thinking (effort '${effort}'); set thinking.effort to 'none'`,
      );
    }
    for (const field of ['maxTokens', 'maxCompletionTokens'] as const) {
      const cap = p[field];
      if (cap !== undefined && cap < TOOLS_MIN_TOKENS) {
        issue([field], `must be at least ${TOOLS_MIN_TOKENS} when tools are given`);
      }
    }
  }

  if (p.responseFormat !== undefined) {
    if (p.taskId !== undefined || (caps && !caps.structuredOutputs)) {
      issue(['responseFormat'], `${name} does not support structured outputs (HCX-007 only)`);
    } else if (thinkingOn) {
      issue(
        ['responseFormat'],
        `cannot be combined with thinking (effort '${effort}'); set thinking.effort to 'none'`,
      );
    }
    if (hasTools) issue(['responseFormat'], 'cannot be combined with tools');
    const schema = (p.responseFormat as { schema?: unknown }).schema;
    for (const path of findKeyword(schema, 'pattern', ['responseFormat', 'schema'])) {
      issue(path, 'pattern is not supported in structured-output schemas');
    }
  }

  let images = 0;
  let systems = 0;
  p.messages.forEach((message, i) => {
    if (message.role === 'system' && ++systems > 1) {
      issue(['messages', i], 'at most one system message per request');
    }
    if (!Array.isArray(message.content)) return;
    let inTurn = 0;
    message.content.forEach((part: { type?: unknown }, j: number) => {
      if (part?.type !== 'image_url') return;
      images++;
      if (++inTurn > 1) issue(['messages', i, 'content', j], 'at most one image per message');
      if (p.taskId !== undefined || (caps && !caps.images)) {
        issue(['messages', i, 'content', j], `${name} does not accept images (HCX-005 only)`);
      }
    });
  });
  if (images > MAX_IMAGES_PER_REQUEST) {
    issue(['messages'], `at most ${MAX_IMAGES_PER_REQUEST} images per request (got ${images})`);
  }
  if (images > 0 && hasTools) issue(['tools'], 'cannot be combined with image input');
}

/** Paths of every `keyword` key inside a JSON Schema (the documented subset has no `pattern`). */
function findKeyword(node: unknown, keyword: string, path: PropertyKey[]): PropertyKey[][] {
  if (node === null || typeof node !== 'object') return [];
  const found: PropertyKey[][] = [];
  for (const [key, value] of Object.entries(node)) {
    // `properties` maps names to schemas: a property may itself be called `pattern`
    if (key === keyword && !(path.at(-1) === 'properties')) found.push([...path, key]);
    found.push(...findKeyword(value, keyword, [...path, key]));
  }
  return found;
}
