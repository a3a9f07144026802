import type { ChatEngine } from '../protocol.ts';
import { aiSdkEngine } from './ai-sdk-engine.ts';
import type { ChatEngineHandler } from './engine.ts';
import { langChainEngine } from './langchain-engine.ts';

/** The page's two engines: `streamText` over our AI SDK provider, and a LangChain agent over `ChatClovaX`. */
export const chatEngines: Readonly<Record<ChatEngine, ChatEngineHandler>> = {
  'ai-sdk': aiSdkEngine,
  langchain: langChainEngine,
};
