import * as core from '@actions/core';
import { failureMessage } from './azure-errors';

/**
 * The one way every action ends: success, or a failed step with a message a person can act on
 * (never a stack trace; the stack goes to the debug log for ACTIONS_STEP_DEBUG runs).
 */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(failureMessage(error));
  }
}
