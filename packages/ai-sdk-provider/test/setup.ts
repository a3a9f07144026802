// The AI SDK logs every warning to the console; the tests assert the warnings instead.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;
