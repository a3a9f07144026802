import { check, defineScenario } from '../scenario.ts';

const TEXT = [
  'Kimchi is a traditional Korean side dish made from salted and fermented vegetables.',
  'Napa cabbage and Korean radish are the most common ingredients.',
  'Seasonings include chili powder, garlic, ginger and fish sauce.',
  'The Korean Peninsula has four distinct seasons.',
  'Summers are hot and humid, while winters are cold and dry.',
  'Spring and autumn are short but pleasant, and many people travel then.',
  'Seoul is the capital and the largest city of South Korea.',
  'It is home to palaces, markets and a busy subway network.',
].join(' ');

/** Break paragraph (segmentation): one block of text split into topic paragraphs. */
export const segmentation = defineScenario({
  name: 'segmentation',
  title: 'Break a text into topic paragraphs',
  endpoint: 'POST /v1/api-tools/segmentation',
  async run({ client, say }) {
    const result = await client.segmentation.create({
      text: TEXT,
      alpha: -100,
      segCnt: -1,
      postProcess: false,
    });
    result.topicSeg.forEach((paragraph, i) => {
      say(`¶${i + 1}  ${paragraph.join(' ')}`);
    });
    check(result.topicSeg.length > 1, 'the text was not split');
    const sentences = result.topicSeg.reduce((n, p) => n + p.length, 0);
    return {
      summary: `${sentences} sentences in ${result.topicSeg.length} paragraphs`,
      data: { paragraphs: result.topicSeg.length, sentences },
    };
  },
});
