/**
 * The one stop-word list: function words that carry no topic (English articles, pronouns,
 * auxiliaries, prepositions, greetings; Korean particles, fillers and request phrases). Chat
 * keywords, segmentation, summary, BM25 and the embedding all ignore them.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then so of to in on at by for with from as into about is are was ' +
    'were be been am do does did have has had can could will would may might should must i ' +
    'you he she it we they me him her us them my your his its our their this that these ' +
    'those there here what which who how when where why not no yes all any some also just ' +
    'only very more most than too want exist exists else over under being doing having shall ' +
    'whom whose please tell show give let lets each much many other such own same up down ' +
    'out off again hi hello thanks thank' +
    ' ' +
    '그 이 저 것 수 등 및 또는 그리고 하지만 그러나 또한 때 있다 있습니다 없다 없습니다 합니다 하다 된다 됩니다 있어요 해요 어때 어때요 알려줘 알려주세요 ' +
    '해줘 해주세요 뭐야 무엇 무엇인가요 있어 있나요 그런데 좀 정말 너무 제발 안녕 안녕하세요 대해 대한 관해 관한 위해 위한 통해 통한 어떻게 어떤 무슨 왜 ' +
    '언제 어디 누가 누구 이것 그것 저것 여기 거기 우리 제 나 너 있는 없는 하는 되는 같은 좋은 많은'
  ).split(' '),
);

/** Whether `term` (a lower-cased word or stem) is a stopword. */
export function isStopword(term: string): boolean {
  return STOPWORDS.has(term);
}
