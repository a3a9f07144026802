import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { EmulatorOptions } from './options.js';
import { toolsOptionsSchema } from './tools/options.js';

const rateLimit = z.object({
  requestsPerMinute: z.number().int().positive().optional(),
  tokensPerMinute: z.number().int().positive().optional(),
});

const faultFields = {
  status: z.number().int().min(400).max(599).optional(),
  code: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
  retryAfter: z.number().int().min(0).optional(),
  retryAfterMs: z.number().int().min(0).optional(),
  html: z.boolean().optional(),
  drop: z.boolean().optional(),
  cutAfter: z.number().int().min(0).optional(),
  errorAfter: z.number().int().min(0).optional(),
  latencyMs: z.number().int().min(0).optional(),
};

/**
 * The JSON config file of the CLI (`--config emulator.json`): the JSON-serialisable subset of
 * {@link EmulatorOptions}. A script's `match` written as `/pattern/flags` is a regular expression.
 */
export const configFileSchema = toolsOptionsSchema.extend({
  port: z.number().int().min(0).max(65535).optional(),
  apiKeys: z.array(z.string().min(1)).optional(),
  legacyKeys: z
    .array(z.object({ clovaStudioApiKey: z.string().min(1), apigwApiKey: z.string().min(1) }))
    .optional(),
  latency: z
    .object({
      firstTokenMs: z.number().min(0).optional(),
      perTokenMs: z.number().min(0).optional(),
    })
    .optional(),
  rateLimits: z
    .union([
      z.literal(false),
      rateLimit.extend({ perModel: z.record(z.string(), rateLimit).optional() }),
    ])
    .optional(),
  scripts: z
    .array(
      z.object({
        match: z.string(),
        reply: z.union([
          z.object({ text: z.string() }),
          z.object({
            toolCalls: z.array(
              z.object({ name: z.string().min(1), arguments: z.record(z.string(), z.unknown()) }),
            ),
          }),
          z.object({
            error: z.object({
              status: z.number().int().min(400).max(599),
              code: z.string(),
              message: z.string().optional(),
            }),
          }),
        ]),
      }),
    )
    .optional(),
  faults: z
    .array(
      z.object({
        path: z.string().min(1),
        method: z.string().optional(),
        times: z.number().int().min(0).optional(),
        ...faultFields,
      }),
    )
    .optional(),
  log: z.boolean().optional(),
});

/** The config file as written. */
export type ConfigFile = z.infer<typeof configFileSchema>;

function toMatcher(match: string): string | RegExp {
  const regex = match.match(/^\/(.+)\/([dgimsuy]*)$/s);
  return regex ? new RegExp(regex[1] as string, regex[2]) : match;
}

/** Turns a parsed config file into {@link EmulatorOptions}. */
export function optionsFromConfig(config: ConfigFile): EmulatorOptions {
  const { scripts, ...rest } = config;
  const options: EmulatorOptions = { ...rest };
  if (scripts)
    options.scripts = scripts.map((s) => ({ match: toMatcher(s.match), reply: s.reply }));
  return options;
}

/** Reads and validates a JSON config file (throws with the offending field on error). */
export async function loadConfigFile(path: string): Promise<EmulatorOptions> {
  const text = await readFile(path, 'utf8');
  const parsed = configFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Invalid config ${path}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return optionsFromConfig(parsed.data);
}
