import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { ClovaXTextSplitter } from '../src/index.ts';
import { verbatimParagraphs } from '../src/text-splitter.ts';
import { at, useEmulator } from './emulator.ts';

const ref = useEmulator();

const text = [
  'Kimchi is a traditional Korean side dish of fermented vegetables.',
  'Kimchi is usually made with napa cabbage and radish.',
  'Many families make kimchi together in late autumn.',
  'The Korean national football team played in the World Cup.',
  'The football team scored two goals in the final match.',
  'Football fans celebrated in the streets of Seoul.',
  'Quantum computers use qubits instead of classical bits.',
  'Qubits can hold superpositions of states.',
  'Quantum computing may break some encryption schemes.',
].join(' ');

describe('ClovaXTextSplitter', () => {
  it('splits a multi-topic text into topic paragraphs, verbatim', async () => {
    const splitter = new ClovaXTextSplitter({ ...at(ref.emu), segCnt: 3 });
    const chunks = await splitter.splitText(text);
    expect(chunks).toHaveLength(3);
    expect(chunks[0]).toMatch(/kimchi/i);
    expect(chunks[1]).toMatch(/football/i);
    expect(chunks[2]).toMatch(/quantum|qubit/i);
    for (const c of chunks) expect(text).toContain(c);
    expect(ref.emu.requests.at(-1)!.path).toBe('/v1/api-tools/segmentation');
  });

  it('splitDocuments keeps metadata and gives whole-topic documents', async () => {
    const splitter = new ClovaXTextSplitter({ ...at(ref.emu), segCnt: 3 });
    const docs = await splitter.splitDocuments([
      new Document({ pageContent: text, metadata: { source: 'mixed' } }),
    ]);
    expect(docs).toHaveLength(3);
    for (const d of docs) expect(d.metadata.source).toBe('mixed');
    expect(await splitter.splitText('   ')).toEqual([]);
  });

  it('automatic segmentation (alpha -100) is the default', async () => {
    const chunks = await new ClovaXTextSplitter(at(ref.emu)).splitText(text);
    expect(chunks.length).toBeGreaterThan(1);
    expect((ref.emu.requests.at(-1)!.body as { alpha: number }).alpha).toBe(-100);
  });

  it('verbatimParagraphs falls back to joining when a sentence is not found', () => {
    expect(verbatimParagraphs('A b. C d.', [['A b.'], ['X y.']])).toEqual(['A b.', 'X y.']);
  });
});
