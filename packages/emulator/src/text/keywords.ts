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
  (
    '어때 어때요 알려줘 알려주세요 해줘 해주세요 뭐야 무엇 무엇인가요 있어 있나요 그리고 그런데 ' +
    '하지만 좀 정말 너무 제발 안녕 안녕하세요 대해 대한 관해 관한 위해 위한 통해 통한 어떻게 ' +
    '어떤 무슨 왜 언제 어디 누가 누구 이것 그것 저것 여기 거기 우리 저 제 나 너 ' +
    '있는 없는 하는 되는 같은 좋은 많은'
  ).split(' '),
);

/** Particles stripped from the end of a Korean word (when at least two syllables remain). */
const KOREAN_PARTICLES =
  /(?:에서는|에게서|으로는|에서|에게|으로|까지|부터|처럼|보다|이랑|에는|은|는|을|를|의|에|로|와|과|가)$/u;

/** Endings of Korean predicates (verbs, requests), which are not topics. */
const KOREAN_PREDICATE =
  /(?:줘|줄래|주세요|세요|해요|나요|까요|가요|니까|니다|어요|아요|래요|에요|예요|었어|했어|할까|인가요|인가|이야|죠|냐)$/u;

/** English request verbs: fine for matching tools, but not topics of an answer. */
const REQUEST_VERBS = new Set(
  'write explain describe tell make create list summarize summarise translate compose draft generate recommend suggest'.split(
    ' ',
  ),
);

/** {@link keywords} without request verbs (`write`, `explain`, …): the topics of a question. */
export function topicWords(text: string): string[] {
  return keywords(text).filter((w) => !REQUEST_VERBS.has(w.toLowerCase()));
}

/** `text` without trailing characters from `chars` (a loop: a `/[…]+$/` regex is quadratic on long runs). */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

/** Content words of `text`, in order of appearance, without duplicates or stop words. */
export function keywords(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'_-]*/gu)) {
    let word = trimEnd(match[0], "'_-");
    if (/[\uAC00-\uD7A3]/.test(word)) {
      if (KOREAN_STOP_WORDS.has(word)) continue;
      if (KOREAN_PREDICATE.test(word) || (word.length > 2 && word.endsWith('해'))) continue;
      const stripped = word.replace(KOREAN_PARTICLES, '');
      if (stripped.length >= 2) word = stripped;
      if (KOREAN_STOP_WORDS.has(word)) continue;
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
