import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { scriptReplySchema } from './engine/script.ts';
import { describeIssue, type EmulatorOptions, emulatorOptionsSchema } from './options.ts';

/**
 * The JSON config file of the CLI (`--config emulator.json`): {@link EmulatorOptions} in JSON.
 * A script's `match` written as `/pattern/flags` is a regular expression; `log` is a boolean.
 */
export const configFileSchema = emulatorOptionsSchema.extend({
  scripts: z.array(z.object({ match: z.string(), reply: scriptReplySchema })).optional(),
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
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new TypeError(`Invalid config ${path}: not JSON (${(error as Error).message})`);
  }
  const parsed = configFileSchema.safeParse(json);
  if (!parsed.success)
    throw new TypeError(`Invalid config ${path}: ${describeIssue(parsed.error)}`);
  return optionsFromConfig(json as ConfigFile);
}
