// The frame of every command on an existing application: fold the log, refuse steps on a
// closed application, check the date, then let the command decide.

import type { IsoDate } from '../calendar/index.ts';
import {
  type CommandContext,
  type CommandResult,
  checkDate,
  guarded,
  isRefusal,
  refuse,
  type StepInput,
} from './command.ts';
import { dispositionLabel } from './dispositions.ts';
import type { ApplicationEvent } from './events.ts';
import { type ApplicationState, applicationState } from './state.ts';

export interface StepOptions {
  /** Allow the step on a closed application (delivery of the reply). */
  allowClosed?: boolean;
}

export function step<E extends ApplicationEvent>(
  log: readonly ApplicationEvent[],
  input: StepInput,
  ctx: CommandContext,
  run: (state: ApplicationState, at: IsoDate) => CommandResult<E>,
  options: StepOptions = {},
): CommandResult<E> {
  return guarded(() => {
    const state = applicationState(log);
    if (state.closure && !options.allowClosed) {
      return refuse(
        'closed',
        `该申请已于${state.closure.on}办结（${dispositionLabel(state.closure.disposition)}），不能再办理`,
      );
    }
    const at = checkDate(ctx, input.at, state.lastEventOn);
    if (isRefusal(at)) return at;
    return run(state, at);
  });
}
