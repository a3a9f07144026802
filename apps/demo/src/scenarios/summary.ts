import { check, defineScenario } from '../scenario.ts';

const ARTICLE = [
  'The city opened a new riverside park on Saturday after three years of construction.',
  'The park has walking trails, a children’s playground and an outdoor stage for weekend concerts.',
  'Officials said the project cost 12 billion won and was funded by the city and two private donors.',
  'Local shop owners expect more visitors, while some residents worry about parking and noise.',
  'The city plans to add a shuttle bus from the nearest subway station next spring.',
].join(' ');

/** Summary: a short article condensed into a few sentences. */
export const summary = defineScenario({
  name: 'summary',
  title: 'Summarise an article',
  endpoint: 'POST /v1/api-tools/summarization/v2',
  async run({ client, say }) {
    const result = await client.summary.create({
      texts: [ARTICLE],
      autoSentenceSplitter: true,
      segCount: -1,
    });
    say(result.text);
    check(result.text.length > 0, 'the summary is empty');
    return {
      summary: `${ARTICLE.length} → ${result.text.length} characters (${result.inputTokens} input tokens)`,
      data: { inputLength: ARTICLE.length, summary: result.text, inputTokens: result.inputTokens },
    };
  },
});
