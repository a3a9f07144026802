import { ClovaStudioError } from '@clova-studio/core';

/**
 * The shared budget's store cannot be reached and was set to fail closed: the call was not sent
 * (nothing reached the service, nothing was lost). Retry it later.
 */
export class RateBudgetUnavailableError extends ClovaStudioError {
  override name = 'RateBudgetUnavailableError';
}
