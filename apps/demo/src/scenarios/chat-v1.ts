import { check, defineScenario } from '../scenario.ts';

/**
 * Chat Completions v1 (HCX-003) in its own shape, then the same call on a tuned task. The tuned
 * task comes from `CLOVA_STUDIO_TUNING_TASK_ID` against the real service; on the emulator the
 * `tuning` scenario trains one and chats with it.
 */
export const chatV1 = defineScenario({
  name: 'chat-v1',
  title: 'Chat v1 (HCX-003) and a tuned task',
  endpoint: 'POST /v1/chat-completions/HCX-003',
  async run({ client, target, say, terminal }) {
    const { colors } = terminal;
    const messages = [
      { role: 'system' as const, content: 'You write short product descriptions.' },
      {
        role: 'user' as const,
        content: 'Describe a stainless steel water bottle in one sentence.',
      },
    ];

    const v1 = await client.chat.v1.create({ model: 'HCX-003', messages, maxTokens: 120 });
    say(`${colors.green('HCX-003')}  ${v1.message.content}`);
    say(colors.dim(`stopReason ${v1.stopReason}, ${v1.inputLength} in / ${v1.outputLength} out`));
    check(v1.message.content.length > 0, 'HCX-003 answered nothing');

    const taskId = target.ids.tuningTaskId;
    let tuned: string | undefined;
    if (taskId) {
      const result = await client.chat.v1.create({ taskId, messages, maxTokens: 120 });
      tuned = result.message.content;
      say(`${colors.green(`task ${taskId}`)}  ${tuned}`);
    } else {
      say(
        colors.dim(
          'no CLOVA_STUDIO_TUNING_TASK_ID: the tuned-task call is shown by the `tuning` scenario',
        ),
      );
    }

    return {
      summary: `v1 answered (${v1.outputLength} tokens)${tuned === undefined ? '' : ', tuned task answered'}`,
      data: {
        answer: v1.message.content,
        stopReason: v1.stopReason,
        inputLength: v1.inputLength,
        outputLength: v1.outputLength,
        tunedAnswer: tuned,
      },
    };
  },
});
