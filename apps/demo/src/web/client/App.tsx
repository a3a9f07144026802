import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport } from 'ai';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChatConfig, ChatEngine, ChatModelId, SimulatedFailure } from '../protocol.ts';
import { Composer } from './Composer.tsx';
import { Header } from './Header.tsx';
import { MessageItem } from './MessageItem.tsx';
import { type ChatUIMessage, isBusy, toMessageView } from './views.ts';

const SUGGESTIONS = [
  'What will the weather be like in Seoul tomorrow?',
  'Calculate 1234 multiply 56',
  'Why is the sky blue? Explain briefly.',
];

/** The chat page: header with engine and model, the conversation, and the composer. */
export function App() {
  const [config, setConfig] = useState<ChatConfig | undefined>();
  const [engine, setEngine] = useState<ChatEngine>('ai-sdk');
  const [model, setModel] = useState<ChatModelId>('HCX-005');
  const [simulate, setSimulate] = useState<SimulatedFailure | undefined>();
  const transport = useMemo(
    () => new DefaultChatTransport<ChatUIMessage>({ api: '/api/chat' }),
    [],
  );
  const { messages, sendMessage, status, stop, error, clearError, setMessages } =
    useChat<ChatUIMessage>({ transport });
  const busy = isBusy(status);
  const endRef = useRef<HTMLDivElement>(null);
  // Each failure stays under the message it ended (useChat keeps only the latest error).
  const [failures, setFailures] = useState<Readonly<Record<string, string>>>({});

  useEffect(() => {
    fetch('/api/config')
      .then((response) => response.json() as Promise<ChatConfig>)
      .then(setConfig)
      .catch(() => undefined);
  }, []);

  const lastMessage = messages.at(-1);
  useEffect(() => {
    if (lastMessage) endRef.current?.scrollIntoView({ block: 'end' });
  }, [lastMessage]);
  const lastId = lastMessage?.id;
  useEffect(() => {
    if (error && lastId) setFailures((known) => ({ ...known, [lastId]: error.message }));
  }, [error, lastId]);

  const send = (text: string) => {
    clearError();
    void sendMessage({ text }, { body: { model, engine, simulate } });
  };
  const views = messages.map((message, index) =>
    toMessageView(message, busy && index === messages.length - 1),
  );

  return (
    <div className="app">
      <Header
        config={config}
        engine={engine}
        model={model}
        busy={busy}
        onEngine={setEngine}
        onModel={setModel}
        onNewChat={() => {
          stop();
          clearError();
          setMessages([]);
          setFailures({});
        }}
      />
      <main className="thread" aria-live="polite">
        {views.length === 0 ? (
          <section className="welcome">
            <h1>What can I help with?</h1>
            <p>
              HyperCLOVA X through the {engine === 'ai-sdk' ? 'Vercel AI SDK' : 'LangChain'}{' '}
              adapter. It can look up the weather and calculate exactly; HCX-007 shows its
              reasoning.
            </p>
            <div className="suggestions">
              {SUGGESTIONS.map((text) => (
                <button key={text} type="button" className="suggestion" onClick={() => send(text)}>
                  {text}
                </button>
              ))}
            </div>
          </section>
        ) : (
          views.map((view, index) => (
            <MessageItem
              key={view.id}
              view={view}
              pending={busy && index === views.length - 1 && view.role === 'assistant'}
              failure={failures[view.id]}
            />
          ))
        )}
        {status === 'submitted' && lastMessage?.role === 'user' ? (
          <div className="message assistant" data-testid="pending">
            <div className="avatar" aria-hidden="true">
              X
            </div>
            <div className="bubble">
              <span className="dots" role="status" aria-label="Waiting for the answer">
                <i />
                <i />
                <i />
              </span>
            </div>
          </div>
        ) : null}
        <div ref={endRef} />
      </main>
      <Composer
        busy={busy}
        model={model}
        simulations={config?.simulations ?? []}
        simulate={simulate}
        onSimulate={setSimulate}
        onSend={send}
        onStop={stop}
      />
    </div>
  );
}
