import { check, defineScenario } from '../scenario.ts';

/**
 * Skillset (Skill Trainer): a question answered by calling the skillset's APIs, streamed so the
 * planning and the API calls show before the answer. Needs a skillset id: the emulator has
 * `default`; against the real service set `CLOVA_STUDIO_SKILLSET_ID`.
 */
export const skillset = defineScenario({
  name: 'skillset',
  title: 'Skillset final answer, streamed with its API calls',
  endpoint: 'POST /v1/skillsets/{id}/versions/{v}/final-answer (SSE)',
  async run({ client, target, say, skip, terminal }) {
    const { colors } = terminal;
    const { skillsetId, skillsetVersion } = target.ids;
    if (!skillsetId) return skip('set CLOVA_STUDIO_SKILLSET_ID to a skillset of your account');

    const stream = await client.skillsets.streamFinalAnswer(skillsetId, {
      version: skillsetVersion,
      query: 'What is the weather forecast for Seoul this weekend?',
    });

    const events: string[] = [];
    let finalAnswer: string | undefined;
    let apiCalls: string[] = [];
    for await (const event of stream) {
      events.push(event.event);
      if (event.event === 'planning') say(colors.dim('planning…'));
      if (event.event === 'cot') {
        for (const api of event.data.apiResult ?? []) {
          say(
            `${colors.cyan('calls')} ${api.nameForHuman ?? api.operationId ?? 'an API'} ${colors.dim(api.url ?? '')}`,
          );
        }
      }
      if (event.event === 'finalAnswer') {
        finalAnswer = event.data.finalAnswer;
        apiCalls = (event.data.apiResult ?? []).map((a) => a.operationId ?? a.nameForHuman ?? '?');
      }
    }
    check(finalAnswer, 'the stream ended without a final answer');
    say(`${colors.green('answer')} ${finalAnswer}`);

    return {
      summary: `${events.length} events, called ${apiCalls.join(', ') || 'no API'}`,
      data: { skillsetId, events, apiCalls, finalAnswer },
    };
  },
});
