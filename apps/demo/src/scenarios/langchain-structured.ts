import { ChatClovaX } from '@clova-studio/langchain';
import { z } from 'zod';
import { connectionOf } from '../adapters.ts';
import { check, defineScenario } from '../scenario.ts';

/** What we want back, as a zod schema. */
const movieSchema = z
  .object({
    title: z.string().describe('The film title'),
    year: z.number().int().min(1900).max(2030).describe('Release year'),
    genres: z.array(z.string()).min(1).describe('Genres'),
    rating: z.number().min(0).max(10).describe('Rating out of 10'),
  })
  .describe('A film');

/** LangChain structured output: `ChatClovaX.withStructuredOutput(zodSchema)` on HCX-007. */
export const langchainStructured = defineScenario({
  name: 'langchain-structured',
  title: 'LangChain withStructuredOutput (zod schema)',
  endpoint: 'langchain: ChatClovaX → POST /v3/chat-completions/HCX-007 (responseFormat)',
  async run({ target, say }) {
    const model = new ChatClovaX({ ...connectionOf(target), model: 'HCX-007' });
    const movie = await model
      .withStructuredOutput(movieSchema)
      .invoke('Describe the Korean film Parasite.');
    say(JSON.stringify(movie, null, 2));
    check(movieSchema.safeParse(movie).success, 'the object does not match the schema');
    return {
      summary: `${movie.title} (${movie.year}): ${movie.genres.join(', ')}`,
      data: { movie },
    };
  },
});
