// #13 "Types that tell", measured as a user sees them: a TypeScript language service over a
// file that imports the *built* package (its published .d.ts), asked for the hover text
// (quick info) at a few positions.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, '__hover__.mts');
const source = `import { ClovaStudio } from '@clova-studio/apis';
const client = new ClovaStudio();
const res = await client.chat.create({ model: 'HCX-005', temperature: 0.5, messages: [{ role: 'user', content: 'Hi' }] });
const message = res.message;
const reason = res.finishReason;
const call = res.message.toolCalls?.[0];
const stream = await client.chat.stream({ model: 'HCX-005', messages: [{ role: 'user', content: 'Hi' }] });
for await (const event of stream) if (event.event === 'token') { const delta = event.data; }
const embedded = await client.embeddings.create({ text: 'Hi' });
const compat = await client.openai.chat.completions.create({ model: 'HCX-005', messages: [{ role: 'user', content: 'Hi' }] });
const tools = [{ type: 'function', function: { name: 'f', description: 'd' } }];
const named = await client.chat.create({ model: 'HCX-005', messages: [{ role: 'user', content: 'Hi' }], tools, toolChoice: 'auto' });
const reranked = await client.reranker.create({ query: 'q', documents: [{ id: 'a', doc: 'b' }] });
const cited = reranked.citedDocuments;
const rag = await client.ragReasoning.create({ messages: [{ role: 'user', content: 'Hi' }], tools: [] });
const segmented = await client.segmentation.create({ text: 'Hi' });
const summary = await client.summary.create({ texts: ['Hi'] });
const routed = await client.router.route('r1', { query: 'Hi' });
const skill = await client.skillsets.generateFinalAnswer('s1', { query: 'Hi' });
const task = await client.tuning.get('t1');
const page = await client.tuning.list();
const counted = await client.tokenizer.tokenize({ model: 'HCX-005', text: 'Hi' });
const chatCounted = await client.tokenizer.chat({ model: 'HCX-003', messages: [{ role: 'user', content: 'Hi' }] });
const window = await client.slidingWindow.chatMessages({ model: 'HCX-003', maxTokens: 100, messages: [{ role: 'user', content: 'Hi' }] });
const completed = await client.completions.create({ model: 'LK-D2', text: 'Hi' });
const v1 = await client.chat.v1.create({ model: 'HCX-003', messages: [{ role: 'user', content: 'Hi' }] });
`;

const service = ts.createLanguageService(
  {
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      if (name === file) return ts.ScriptSnapshot.fromString(source);
      const text = ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => here,
    getCompilationSettings: () => ({
      strict: true,
      target: ts.ScriptTarget.ES2023,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: [],
      noEmit: true,
    }),
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? source : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  },
  ts.createDocumentRegistry(),
);

/** The hover at the first occurrence of `needle` (after `after`, if given): signature and TSDoc. */
function hover(needle: string, after = '') {
  const position = source.indexOf(needle, source.indexOf(after)) + 1;
  const info = service.getQuickInfoAtPosition(file, position);
  return {
    text: ts.displayPartsToString(info?.displayParts),
    docs: ts.displayPartsToString(info?.documentation),
  };
}

describe('hovers over the published types', () => {
  it('compile without errors against the built package', () => {
    const errors = service.getSemanticDiagnostics(file).map((d) => d.messageText);
    expect(errors).toEqual([]);
  });

  it('show named types, not expanded zod structures', () => {
    expect(hover('res =').text).toBe('const res: ChatCompletion');
    expect(hover('message =').text).toBe('const message: ChatCompletionMessage');
    expect(hover('reason =').text).toBe('const reason: FinishReason | null | undefined');
    expect(hover('call =').text).toBe('const call: ToolCall | undefined');
    expect(hover('delta =').text).toBe('const delta: ChatCompletionsV3TokenEvent');
    expect(hover('embedded =').text).toBe('const embedded: EmbeddingResponse');
    expect(hover('compat =').text).toBe('const compat: OpenAIChatCompletion');
  });

  it('name the parameters and results of every endpoint', () => {
    expect(hover('create(', 'const named').text).toContain('(params: ChatCompletionsV3Params,');
    expect(hover('tools,', 'const named').text).toBe('(property) tools?: ChatTool[] | undefined');
    expect(hover('toolChoice', 'const named').text).toBe(
      '(property) toolChoice?: ToolChoice | undefined',
    );
    expect(hover('create(', 'const reranked').text).toBe(
      '(property) Reranker.create: (params: RerankerParams, options?: ClovaRequestOptions | undefined) => APIPromise<RerankerResponse>',
    );
    const results = {
      reranked: 'RerankerResponse',
      rag: 'RagReasoningResponse',
      segmented: 'SegmentationResponse',
      summary: 'SummaryResponse',
      routed: 'RouterResponse',
      skill: 'SkillsetResponse',
      task: 'TrainingTask',
      page: 'TrainingListResponse',
      counted: 'NumTokensResponse',
      chatCounted: 'ChatTokenizeResponse',
      window: 'SlidingWindowResponse',
      completed: 'CompletionResponse',
      v1: 'ChatCompletionsV1Response',
    };
    for (const [name, type] of Object.entries(results)) {
      expect(hover(`${name} =`).text).toBe(`const ${name}: ${type}`);
    }
  });

  it('carry the field TSDoc (ranges, meaning) into the .d.ts', () => {
    expect(hover('temperature').docs).toContain('0 ≤ x ≤ 1');
    expect(hover('message;', 'const message').docs).toBe('The generated message.');
    expect(hover('finishReason', 'const reason').docs).toContain('tool_calls');
    expect(hover('citedDocuments', 'const cited').docs).toContain('cites');
    expect(hover('query', 'const reranked').docs).toBe("The user's query.");
    expect(hover('texts', 'const summary').docs).toContain('35,000 characters');
    expect(hover('maxTokens', 'const window').docs).not.toBe('');
  });
});
