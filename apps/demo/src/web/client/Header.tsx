import type { ChatConfig, ChatEngine, ChatModelId } from '../protocol.ts';

const ENGINE_LABELS: Record<ChatEngine, string> = { 'ai-sdk': 'AI SDK', langchain: 'LangChain' };

/** Props of {@link Header}. */
export interface HeaderProps {
  readonly config: ChatConfig | undefined;
  readonly engine: ChatEngine;
  readonly model: ChatModelId;
  readonly busy: boolean;
  onEngine(engine: ChatEngine): void;
  onModel(model: ChatModelId): void;
  onNewChat(): void;
}

/** Brand, target badge, engine switch, model picker and "new chat". */
export function Header(props: HeaderProps) {
  const { config, engine, model, busy } = props;
  const engines = config?.engines ?? ['ai-sdk', 'langchain'];
  const models = config?.models ?? ['HCX-005', 'HCX-007', 'HCX-DASH-002'];
  return (
    <header className="topbar">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          X
        </span>
        <span className="brand-name">CLOVA Studio Chat</span>
        {config ? (
          <span className={`target ${config.target}`} data-testid="target">
            {config.target === 'emulator' ? 'Emulator · offline' : 'CLOVA Studio'}
          </span>
        ) : null}
      </div>
      <div className="controls">
        <fieldset className="segmented" aria-label="Engine">
          {engines.map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={engine === name}
              data-testid={`engine-${name}`}
              disabled={busy}
              onClick={() => props.onEngine(name)}
            >
              {ENGINE_LABELS[name]}
            </button>
          ))}
        </fieldset>
        <label className="model-picker">
          <span className="visually-hidden">Model</span>
          <select
            value={model}
            data-testid="model"
            disabled={busy}
            onChange={(event) => props.onModel(event.target.value as ChatModelId)}
          >
            {models.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="ghost new-chat"
          onClick={props.onNewChat}
          title="New chat"
          aria-label="New chat"
        >
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M8 2v12M2 8h12" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span className="new-chat-label">New chat</span>
        </button>
      </div>
    </header>
  );
}
