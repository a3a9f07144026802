import { isKorean, words } from '../text/words.ts';

/** Follow-up search queries for `query` (used when nothing relevant was found): at most three. */
export function suggestQueries(query: string): string[] {
  const keywords = words(query).filter((w) => w.length >= 2);
  if (keywords.length === 0) return [];
  const korean = isKorean(query);
  const head = keywords.slice(0, 3).join(' ');
  const candidates = [
    head,
    `${keywords.slice(0, 2).join(' ')} ${korean ? '정보' : 'information'}`,
    `${keywords[0]} ${korean ? '방법' : 'guide'}`,
  ];
  return [...new Set(candidates)];
}
