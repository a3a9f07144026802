import { ToolCard } from './ToolCard.tsx';
import type { MessageView } from './views.ts';

/** Props of {@link MessageItem}. */
export interface MessageItemProps {
  readonly view: MessageView;
  /** The answer is still coming. */
  readonly pending: boolean;
}

/** One message: the question as a bubble, or the answer's reasoning, tool cards and text. */
export function MessageItem({ view, pending }: MessageItemProps) {
  if (view.role === 'user') {
    return (
      <div className="message user" data-testid="message-user">
        <div className="bubble">
          {view.blocks.map((block) =>
            block.kind === 'text' ? <p key={block.key} className="user-text">{block.text}</p> : null,
          )}
        </div>
      </div>
    );
  }
  return (
    <div className="message assistant" data-testid="message-assistant">
      <div className="avatar" aria-hidden="true">
        X
      </div>
      <div className="bubble">
        {view.blocks.map((block) => {
          if (block.kind === 'reasoning') {
            return (
              <details
                key={block.key}
                className="reasoning"
                data-testid="reasoning"
                open={block.streaming}
              >
                <summary>
                  <span className={block.streaming ? 'pulse' : ''}>{block.label}</span>
                </summary>
                <p>{block.text}</p>
              </details>
            );
          }
          if (block.kind === 'tool') return <ToolCard key={block.key} block={block} />;
          return (
            <p key={block.key} className="answer" data-testid="answer">
              {block.text}
              {block.streaming ? <span className="caret" aria-hidden="true" /> : null}
            </p>
          );
        })}
        {view.usage ? (
          <div className="usage" data-testid="usage">
            {view.usage}
          </div>
        ) : pending ? null : view.blocks.length > 0 ? (
          <div className="usage muted">stopped</div>
        ) : null}
      </div>
    </div>
  );
}
