import { generateText, Output } from 'ai';
import { z } from 'zod';
import { clovaProviderFor } from '../adapters.ts';
import { check, defineScenario } from '../scenario.ts';

/** The shape asked for, as a zod schema: `ai` sends its JSON Schema and parses the answer. */
const tripSchema = z.object({
  city: z.string(),
  days: z.number().int().min(1).max(14),
  highlights: z.array(z.string()).min(1),
  budgetWon: z.number().int().min(100_000).max(5_000_000),
});

/** AI SDK `generateText` with `Output.object`: HCX-007 structured outputs, parsed and typed. */
export const aiSdkObject = defineScenario({
  name: 'ai-sdk-object',
  title: 'AI SDK generateText with Output.object (zod schema)',
  endpoint: 'ai: generateText → POST /v3/chat-completions/HCX-007 (responseFormat)',
  async run({ target, say }) {
    const clova = clovaProviderFor(target);
    const { output, usage } = await generateText({
      model: clova('HCX-007'),
      output: Output.object({ schema: tripSchema }),
      prompt: 'Plan a three-day trip to Busan: the highlights and a budget in won.',
    });
    say(JSON.stringify(output, null, 2));
    check(tripSchema.safeParse(output).success, 'the object does not match the schema');
    return {
      summary: `a ${output.days}-day plan for ${output.city} with ${output.highlights.length} highlights (${usage.totalTokens} tokens)`,
      data: { trip: output },
    };
  },
});
