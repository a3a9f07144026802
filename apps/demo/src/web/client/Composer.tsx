import { type FormEvent, type KeyboardEvent, useState } from 'react';
import type { ChatModelId, SimulatedFailure } from '../protocol.ts';

const SIMULATION_LABELS: Record<SimulatedFailure, string> = {
  'rate-limit': '429 rate limit',
  'bad-key': 'bad API key',
};

const MODEL_HINTS: Record<ChatModelId, string> = {
  'HCX-005': 'HCX-005 · weather and calculator tools run on the server.',
  'HCX-007': 'HCX-007 · reasons before it answers; no tools while it thinks.',
  'HCX-DASH-002': 'HCX-DASH-002 · fast and light, with the same tools.',
};

/** Props of {@link Composer}. */
export interface ComposerProps {
  readonly busy: boolean;
  readonly model: ChatModelId;
  /** Failures the emulator can inject (none against the real service). */
  readonly simulations: readonly SimulatedFailure[];
  readonly simulate: SimulatedFailure | undefined;
  onSimulate(failure: SimulatedFailure | undefined): void;
  onSend(text: string): void;
  onStop(): void;
}

/** The question box with send and stop, and a line of hints under it. */
export function Composer(props: ComposerProps) {
  const { busy, model, simulations, simulate } = props;
  const [text, setText] = useState('');
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const question = text.trim();
    if (!question || busy) return;
    props.onSend(question);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
  };
  return (
    <footer className="composer">
      <form onSubmit={submit} className="composer-box">
        <textarea
          value={text}
          rows={1}
          placeholder="Ask HyperCLOVA X…"
          aria-label="Message"
          data-testid="input"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {busy ? (
          <button type="button" className="stop" data-testid="stop" onClick={props.onStop}>
            <span className="stop-square" aria-hidden="true" />
            Stop
          </button>
        ) : (
          <button type="submit" className="send" data-testid="send" disabled={!text.trim()}>
            Send
          </button>
        )}
      </form>
      <div className="hints">
        <span>{MODEL_HINTS[model]}</span>
        {simulations.length > 0 ? (
          <label className="simulate">
            Simulate
            <select
              value={simulate ?? ''}
              data-testid="simulate"
              onChange={(event) =>
                props.onSimulate((event.target.value || undefined) as SimulatedFailure | undefined)
              }
            >
              <option value="">no failure</option>
              {simulations.map((failure) => (
                <option key={failure} value={failure}>
                  {SIMULATION_LABELS[failure]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
    </footer>
  );
}
