import type { ToolCall, ToolCallDelta } from '@clova-studio/apis';
import type { ToolCallChunk } from '@langchain/core/messages/tool';

/**
 * Turns CLOVA's streamed tool-call deltas (which carry no `index`: a delta with an `id` starts a
 * call, later ones extend it with `partialJson`) into LangChain `tool_call_chunks` with a stable
 * `index` per call id, and tops up, from the `result` event, any call the deltas never showed.
 */
export class ToolCallChunkTracker {
  readonly #ids: string[] = [];

  /** The chunks for one token event's deltas. */
  chunks(deltas: readonly ToolCallDelta[] | null | undefined): ToolCallChunk[] {
    const out: ToolCallChunk[] = [];
    for (const d of deltas ?? []) {
      let index = d.index;
      if (index === undefined) {
        if (d.id !== undefined && !this.#ids.includes(d.id)) this.#ids.push(d.id);
        index = d.id !== undefined ? this.#ids.indexOf(d.id) : this.#ids.length - 1;
      } else if (d.id !== undefined) this.#ids[index] = d.id;
      const fn = d.function;
      const args =
        fn?.partialJson ??
        (typeof fn?.arguments === 'string'
          ? fn.arguments
          : fn?.arguments !== undefined
            ? JSON.stringify(fn.arguments)
            : undefined);
      out.push({
        type: 'tool_call_chunk',
        index: Math.max(index, 0),
        ...(d.id !== undefined ? { id: d.id } : {}),
        ...(fn?.name !== undefined ? { name: fn.name } : {}),
        args: args ?? '',
      });
    }
    return out;
  }

  /** Chunks for the result's tool calls that no delta announced (whole arguments at once). */
  missing(calls: readonly ToolCall[] | undefined): ToolCallChunk[] {
    const out: ToolCallChunk[] = [];
    for (const call of calls ?? []) {
      if (this.#ids.includes(call.id)) continue;
      this.#ids.push(call.id);
      out.push({
        type: 'tool_call_chunk',
        index: this.#ids.length - 1,
        id: call.id,
        name: call.function.name,
        args: JSON.stringify(call.function.arguments),
      });
    }
    return out;
  }
}
