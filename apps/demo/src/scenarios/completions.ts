import { check, defineScenario } from '../scenario.ts';

/** Legacy Completions with an LK model: plain text in, a continuation out. */
export const completions = defineScenario({
  name: 'completions',
  title: 'Legacy LK completions (text in, text out)',
  endpoint: 'POST /v1/completions/LK-D2',
  async run({ client, say }) {
    const result = await client.completions.create({
      model: 'LK-D2',
      text: 'Write a slogan for a neighbourhood bakery:',
      maxTokens: 60,
      temperature: 0.5,
    });

    const output = result.outputText ?? result.text ?? '';
    say(output);
    check(output.length > 0, 'the completion is empty');

    return {
      summary: `${result.outputLength ?? '?'} output tokens, stopReason ${result.stopReason ?? '?'}`,
      data: { output, outputLength: result.outputLength, stopReason: result.stopReason },
    };
  },
});
