import { APIError, ClovaStudioError } from '@clova-studio/core';
import { APIError as OpenAIAPIError } from 'openai';
import { ScenarioCheckFailed } from './scenario.ts';
import type { Colors } from './ui/colors.ts';

/** A failure, reduced to what a person (or `--json`) needs: no stack for expected failures. */
export interface ErrorReport {
  /** Error class name, e.g. `RateLimitError`. */
  readonly name: string;
  /** The error's message. */
  readonly message: string;
  /** HTTP status, for API errors. */
  readonly status?: number;
  /** CLOVA status code, e.g. `42901`. */
  readonly code?: string;
  /** The request id (`X-NCP-CLOVASTUDIO-REQUEST-ID`) to quote to support. */
  readonly requestId?: string;
  /** `false` for bugs (anything that is not an SDK error or a scenario check); those keep their stack. */
  readonly expected: boolean;
  /** Stack trace, only for unexpected errors. */
  readonly stack?: string;
}

/** Turns anything thrown into an {@link ErrorReport}. */
export function toErrorReport(error: unknown): ErrorReport {
  if (error instanceof APIError) {
    return {
      name: error.name,
      message: error.message,
      ...(error.status === undefined ? {} : { status: error.status }),
      ...(error.code === undefined ? {} : { code: error.code }),
      ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
      expected: true,
    };
  }
  if (error instanceof OpenAIAPIError) {
    // The official `openai` package (openai-compat scenario): the CLOVA code is in `code`.
    return {
      name: error.constructor.name,
      message: error.message,
      ...(error.status === undefined ? {} : { status: error.status }),
      ...(typeof error.code === 'string' ? { code: error.code } : {}),
      ...(error.requestID ? { requestId: error.requestID } : {}),
      expected: true,
    };
  }
  if (error instanceof ClovaStudioError || error instanceof ScenarioCheckFailed) {
    return { name: error.name, message: error.message, expected: true };
  }
  if (error instanceof Error) {
    return {
      name: error.name,
      message: error.message,
      expected: false,
      ...(error.stack ? { stack: error.stack } : {}),
    };
  }
  return { name: 'Error', message: String(error), expected: false };
}

/** One line (plus a dimmed stack for bugs): `RateLimitError: … [HTTP 429 · code 42901 · request id …]`. */
export function formatErrorReport(report: ErrorReport, colors: Colors): string {
  const facts = [
    report.status === undefined ? undefined : `HTTP ${report.status}`,
    report.code === undefined ? undefined : `code ${report.code}`,
    report.requestId === undefined ? undefined : `request id ${report.requestId}`,
  ].filter((fact) => fact !== undefined);
  const details = facts.length > 0 ? ` ${colors.dim(`[${facts.join(' · ')}]`)}` : '';
  const head = `${colors.red(report.name)}: ${report.message}${details}`;
  if (report.expected || !report.stack) return head;
  const stack = report.stack.split('\n').slice(1).join('\n');
  return `${head}\n${colors.dim(stack)}`;
}
