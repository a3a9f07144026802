import { describe, expect, it } from 'vitest';
import { mapClovaFinishReason } from './map-clova-finish-reason.ts';

describe('mapClovaFinishReason', () => {
  it('maps CLOVA reasons and keeps the raw one', () => {
    expect(mapClovaFinishReason('stop')).toEqual({ unified: 'stop', raw: 'stop' });
    expect(mapClovaFinishReason('length')).toEqual({ unified: 'length', raw: 'length' });
    expect(mapClovaFinishReason('tool_calls')).toEqual({
      unified: 'tool-calls',
      raw: 'tool_calls',
    });
    expect(mapClovaFinishReason('LENGTH').unified).toBe('length');
    expect(mapClovaFinishReason('other-thing')).toEqual({ unified: 'other', raw: 'other-thing' });
  });

  it('prefers tool-calls when the answer holds tool calls', () => {
    expect(mapClovaFinishReason(undefined, true).unified).toBe('tool-calls');
    expect(mapClovaFinishReason('stop', true).unified).toBe('tool-calls');
    expect(mapClovaFinishReason(null).unified).toBe('other');
  });
});
