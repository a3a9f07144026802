import { hash32 } from '../random.ts';

/** One `aiFilter` entry (chat.md §2.8); scores are strings. */
export interface AiFilterEntry {
  groupName: 'curse' | 'unsafeContents';
  name: 'discrimination' | 'insult' | 'sexualHarassment';
  score: '-1' | '0' | '1' | '2';
  result: 'OK' | 'ERROR';
}

const FLAGGED = /(?:바보|멍청|씨발|fuck|shit|idiot|stupid|hate)/i;

/** The three documented filter entries for `text` (first 500 characters): `"2"` unless it looks offensive. */
export function aiFilter(text: string): AiFilterEntry[] {
  const sample = text.slice(0, 500);
  const flagged = FLAGGED.test(sample);
  const score = (salt: string): AiFilterEntry['score'] =>
    flagged ? (hash32(salt, sample) % 2 === 0 ? '0' : '1') : '2';
  return [
    { groupName: 'curse', name: 'insult', score: score('insult'), result: 'OK' },
    { groupName: 'curse', name: 'discrimination', score: flagged ? '1' : '2', result: 'OK' },
    { groupName: 'unsafeContents', name: 'sexualHarassment', score: '2', result: 'OK' },
  ];
}
