import type { Scenario } from '../scenario.ts';
import { chatConversation } from './chat-conversation.ts';
import { chatImage } from './chat-image.ts';
import { chatStream } from './chat-stream.ts';
import { chatThinking } from './chat-thinking.ts';
import { chatV1 } from './chat-v1.ts';
import { functionCalling } from './function-calling.ts';
import { structuredOutput } from './structured-output.ts';

/** Every scenario, in the order `demo` runs them. */
export const scenarios: readonly Scenario[] = [
  chatStream,
  chatConversation,
  chatImage,
  chatThinking,
  functionCalling,
  structuredOutput,
  chatV1,
];
