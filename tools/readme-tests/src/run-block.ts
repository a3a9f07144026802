import { execFile } from 'node:child_process';

/** What a block printed and how it ended. */
export interface BlockRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a block: the parent's, with CLOVA_STUDIO_* replaced by `clovaEnv`. */
export function blockEnv(clovaEnv: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('CLOVA_STUDIO_') && !key.startsWith('VITEST') && key !== 'NODE_OPTIONS') {
      env[key] = value;
    }
  }
  return { ...env, ...clovaEnv };
}

/** Runs an emitted block with Node, as `node file.mjs` would in a user's project. */
export function runBlock(file: string, cwd: string, env: NodeJS.ProcessEnv): Promise<BlockRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [file],
      { cwd, env, timeout: 25_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const exitCode = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ exitCode, stdout, stderr });
      },
    );
  });
}
