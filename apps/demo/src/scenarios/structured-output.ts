import { check, defineScenario } from '../scenario.ts';

/** The shape we ask the model for. */
interface Recipe {
  title: string;
  servings: number;
  minutes: number;
  ingredients: { name: string; amount: string }[];
  vegetarian: boolean;
}

/** The same shape as a JSON Schema, sent as `responseFormat.schema`. */
const recipeSchema = {
  type: 'object',
  properties: {
    title: { type: 'string' },
    servings: { type: 'integer', minimum: 1, maximum: 12 },
    minutes: { type: 'integer', minimum: 1 },
    ingredients: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, amount: { type: 'string' } },
        required: ['name', 'amount'],
      },
    },
    vegetarian: { type: 'boolean' },
  },
  required: ['title', 'servings', 'minutes', 'ingredients', 'vegetarian'],
};

/** Checks the parsed JSON really is a {@link Recipe} (the model's output is data from outside). */
function isRecipe(value: unknown): value is Recipe {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.title === 'string' &&
    Number.isInteger(r.servings) &&
    Number.isInteger(r.minutes) &&
    typeof r.vegetarian === 'boolean' &&
    Array.isArray(r.ingredients) &&
    r.ingredients.every(
      (i: unknown) =>
        typeof i === 'object' &&
        i !== null &&
        typeof (i as Record<string, unknown>).name === 'string' &&
        typeof (i as Record<string, unknown>).amount === 'string',
    )
  );
}

/**
 * Structured outputs (HCX-007, thinking off): the answer is JSON that follows a schema, parsed
 * and checked into a typed object.
 */
export const structuredOutput = defineScenario({
  name: 'structured-output',
  title: 'Structured output parsed into a typed object',
  endpoint: 'POST /v3/chat-completions/HCX-007 (responseFormat)',
  async run({ client, say }) {
    const completion = await client.chat.create({
      model: 'HCX-007',
      messages: [{ role: 'user', content: 'Give me a simple recipe for kimchi fried rice.' }],
      thinking: { effort: 'none' },
      responseFormat: { type: 'json', schema: recipeSchema },
      maxCompletionTokens: 1024,
    });

    const parsed: unknown = JSON.parse(completion.message.content);
    check(isRecipe(parsed), `the answer does not match the schema: ${completion.message.content}`);
    const recipe: Recipe = parsed;

    say(
      `${recipe.title}: ${recipe.servings} servings, ${recipe.minutes} min, vegetarian: ${recipe.vegetarian}`,
    );
    for (const { name, amount } of recipe.ingredients) say(`  • ${amount} ${name}`);

    return {
      summary: `parsed a Recipe with ${recipe.ingredients.length} ingredient(s)`,
      data: { recipe },
    };
  },
});
