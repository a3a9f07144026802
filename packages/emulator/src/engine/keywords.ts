const STOP_WORDS = new Set(
  (
    'a an the and or but if then else of to in on at by for with from about as into over under ' +
    'is are was were be been being am do does did doing have has had having can could will would ' +
    'shall should may might must i me my we our you your he she it its they them their this that ' +
    'these those what which who whom whose when where why how please tell show give let lets ' +
    'not no yes so very just also too any some all each more most much many other such only ' +
    'own same than up down out off again there here hi hello thanks thank'
  ).split(' '),
);

const KOREAN_STOP_WORDS = new Set(
  '어때 어때요 알려줘 알려주세요 해줘 해주세요 뭐야 무엇 무엇인가요 있어 있나요 그리고 그런데 하지만 좀 정말 너무 제발 안녕 안녕하세요'.split(
    ' ',
  ),
);

const KOREAN_PARTICLES =
  /(?:에서는|에게서|으로는|에서|에게|으로|까지|부터|처럼|보다|이랑|에는|은|는|을|를|의)$/u;

/** Content words of `text`, in order of appearance, without duplicates or stop words. */
export function keywords(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'_-]*/gu)) {
    let word = match[0].replace(/['_-]+$/, '');
    if (/[\uAC00-\uD7A3]/.test(word)) {
      if (KOREAN_STOP_WORDS.has(word)) continue;
      if (word.length > 2) word = word.replace(KOREAN_PARTICLES, '');
      if (KOREAN_STOP_WORDS.has(word) || word.length === 0) continue;
    } else {
      const lower = word.toLowerCase();
      if (STOP_WORDS.has(lower) || (lower.length < 3 && !/\d/.test(lower))) continue;
      if (/^(?:what|how|where|who)'s$/.test(lower)) continue;
    }
    const key = word.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(word);
  }
  return out;
}

/** Lower-case word stems used to compare a request with a tool name or description. */
export function stems(text: string): string[] {
  const spaced = text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-./]+/g, ' ');
  return keywords(spaced).map((w) => {
    const lower = w.toLowerCase();
    return /[a-z]/.test(lower) && lower.length > 4 ? lower.replace(/(?:ing|ed|es|s)$/, '') : lower;
  });
}
