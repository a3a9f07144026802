import { check, defineScenario } from '../scenario.ts';

const TEXT = [
  'Kimchi is a traditional Korean side dish of fermented vegetables.',
  'Most kimchi is made from napa cabbage and radish.',
  'Kimchi seasoning mixes chili powder, garlic, ginger and fish sauce with the cabbage.',
  'Korea has four distinct seasons, and the weather changes a lot between them.',
  'Summer weather is hot and humid, with a rainy season in July.',
  'Winter weather is cold and dry, and the seasons in between are short.',
  'Seoul is the capital and the largest city of Korea.',
  'Seoul has royal palaces, busy markets and one of the largest subway networks in the world.',
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
