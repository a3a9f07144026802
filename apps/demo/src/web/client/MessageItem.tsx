import type { ReactNode } from 'react';
import { ToolCard } from './ToolCard.tsx';
import type { Block, MessageView } from './views.ts';

/** Props of {@link MessageItem}. */
export interface MessageItemProps {
  readonly view: MessageView;
  /** The answer is still coming. */
  readonly pending: boolean;
  /** Why the answer failed, worded for people (shown where the answer would be). */
  readonly failure?: string | undefined;
}

/**
 * One message: the question as a bubble, or the answer's reasoning, tool cards, text and usage.
 * A failure shows where the answer would have been (under the question when none had started).
 */
export function MessageItem({ view, pending, failure }: MessageItemProps) {
  if (view.role === 'user') {
    return (
      <>
        <div className="message user" data-testid="message-user">
          <div className="bubble">
            {view.blocks.map((block) =>
              block.kind === 'text' ? (
                <p key={block.key} className="user-text">
                  {block.text}
                </p>
              ) : null,
            )}
          </div>
        </div>
        {failure ? (
          <AssistantRow testId="message-failed">
            <FailureNote text={failure} />
          </AssistantRow>
        ) : null}
      </>
    );
  }
  const footer = view.usage ? (
    <div className="usage" data-testid="usage">
      {view.usage}
    </div>
  ) : !pending && !failure && view.blocks.length > 0 ? (
    <div className="usage">stopped</div>
  ) : null;
  return (
    <AssistantRow testId="message-assistant">
      {view.blocks.map((block) => (
        <BlockItem key={block.key} block={block} />
      ))}
      {failure ? <FailureNote text={failure} /> : null}
      {footer}
    </AssistantRow>
  );
}

function AssistantRow({
  testId,
  children,
}: {
  readonly testId: string;
  readonly children: ReactNode;
}) {
  return (
    <div className="message assistant" data-testid={testId}>
      <div className="avatar" aria-hidden="true">
        X
      </div>
      <div className="bubble">{children}</div>
    </div>
  );
}

function BlockItem({ block }: { readonly block: Block }) {
  if (block.kind === 'reasoning') {
    return (
      <details className="reasoning" data-testid="reasoning" open={block.streaming}>
        <summary>
          <span className={block.streaming ? 'pulse' : ''}>{block.label}</span>
        </summary>
        <p>{block.text}</p>
      </details>
    );
  }
  if (block.kind === 'tool') return <ToolCard block={block} />;
  return (
    <p className="answer" data-testid="answer">
      {block.text}
      {block.streaming ? <span className="caret" aria-hidden="true" /> : null}
    </p>
  );
}

/** A failed answer: what went wrong, in words. */
function FailureNote({ text }: { readonly text: string }) {
  return (
    <div className="failure" role="alert" data-testid="error">
      <strong>Could not answer.</strong> <span>{text}</span>
    </div>
  );
}
