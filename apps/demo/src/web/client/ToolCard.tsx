import type { ToolBlock } from './views.ts';

const ICONS: Record<string, string> = { get_weather: '☁', calculator: '∑' };

/** A tool call: name and status, a one-line result, and the raw input and output. */
export function ToolCard({ block }: { readonly block: ToolBlock }) {
  return (
    <div className={`tool-card ${block.status}`} data-testid="tool-card" data-tool={block.toolName}>
      <div className="tool-head">
        <span className="tool-icon" aria-hidden="true">
          {ICONS[block.toolName] ?? '⚙'}
        </span>
        <span className="tool-title">{block.title}</span>
        <code className="tool-name">{block.toolName}</code>
        <span className={`tool-status ${block.status}`}>{block.statusLabel}</span>
      </div>
      {block.summary ? (
        <div className="tool-summary" data-testid="tool-summary">
          {block.summary}
        </div>
      ) : null}
      {block.error ? <div className="tool-error">{block.error}</div> : null}
      <div className="tool-io">
        {block.input ? (
          <div>
            <div className="io-label">Input</div>
            <pre data-testid="tool-input">{block.input}</pre>
          </div>
        ) : null}
        {block.output ? (
          <div>
            <div className="io-label">Output</div>
            <pre data-testid="tool-output">{block.output}</pre>
          </div>
        ) : null}
      </div>
    </div>
  );
}
