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

  it('carry the field TSDoc (ranges, meaning) into the .d.ts', () => {
    expect(hover('temperature').docs).toContain('0 ≤ x ≤ 1');
    expect(hover('message;', 'const message').docs).toBe('The generated message.');
    expect(hover('finishReason', 'const reason').docs).toContain('tool_calls');
  });
});
