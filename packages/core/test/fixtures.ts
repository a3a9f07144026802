/** A recorded-style v3 stream (no space after the colon, as the real wire likely is), Korean text included. */
export const V3_STREAM = [
  'id:2b7d3c3e-0001\nevent:token\ndata:{"message":{"role":"assistant","content":"안녕"},"finishReason":null,"created":1744710905,"seed":3284419119,"usage":null}\n\n',
  'id:2b7d3c3e-0002\nevent:token\ndata:{"message":{"role":"assistant","content":"하세요 😀"},"finishReason":null,"created":1744710905,"seed":3284419119,"usage":null}\n\n',
  'id:2b7d3c3e-0003\nevent:token\ndata:{"message":{"role":"assistant","content":"","toolCalls":[{"type":"function","function":{"partialJson":"{\\"location\\": \\"서울\\""}}]},"finishReason":null,"created":1744710905,"seed":3284419119,"usage":null}\n\n',
  ': a comment line the parser must skip\n\n',
  'id:2b7d3c3e-0004\nevent:result\ndata:{"message":{"role":"assistant","content":"안녕하세요 😀"},"finishReason":"stop","created":1744710905,"seed":3284419119,"usage":{"promptTokens":20,"completionTokens":5,"totalTokens":25}}\n\n',
  'id:2b7d3c3e-0005\nevent:signal\ndata:{"data":"[DONE]"}\n\n',
].join('');

/** The events {@link V3_STREAM} must yield, in order. */
export const V3_EVENTS = [
  {
    id: '2b7d3c3e-0001',
    event: 'token',
    data: {
      message: { role: 'assistant', content: '안녕' },
      finishReason: null,
      created: 1744710905,
      seed: 3284419119,
      usage: null,
    },
  },
  {
    id: '2b7d3c3e-0002',
    event: 'token',
    data: {
      message: { role: 'assistant', content: '하세요 😀' },
      finishReason: null,
      created: 1744710905,
      seed: 3284419119,
      usage: null,
    },
  },
  {
    id: '2b7d3c3e-0003',
    event: 'token',
    data: {
      message: {
        role: 'assistant',
        content: '',
        toolCalls: [{ type: 'function', function: { partialJson: '{"location": "서울"' } }],
      },
      finishReason: null,
      created: 1744710905,
      seed: 3284419119,
      usage: null,
    },
  },
  {
    id: '2b7d3c3e-0004',
    event: 'result',
    data: {
      message: { role: 'assistant', content: '안녕하세요 😀' },
      finishReason: 'stop',
      created: 1744710905,
      seed: 3284419119,
      usage: { promptTokens: 20, completionTokens: 5, totalTokens: 25 },
    },
  },
];

/** The same stream with a space after every colon and CRLF line endings. */
export const V3_STREAM_SPACED_CRLF = V3_STREAM.replace(/^(id|event|data):/gm, '$1: ').replace(
  /\n/g,
  '\r\n',
);
