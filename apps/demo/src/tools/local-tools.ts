import { z } from 'zod';

/**
 * The two local tools the models may call (the chat page's engines and the adapter scenarios), as
 * plain functions with zod input schemas. `ai-sdk-tools.ts` and `langchain-tools.ts` wrap the same
 * functions for each framework. They run in this process (on the server, never in the page).
 */

/** Input of {@link getWeather}. */
export const weatherInput = z.object({
  city: z.string().describe('City name, e.g. Seoul'),
  date: z.string().optional().describe('Day to forecast, e.g. tomorrow'),
});

/** What {@link getWeather} returns. */
export interface WeatherReport {
  readonly city: string;
  readonly date: string;
  readonly condition: string;
  readonly temperatureC: number;
}

const CONDITIONS = ['sunny', 'partly cloudy', 'light rain', 'overcast'] as const;

/** A deterministic stand-in for a weather service (the same city gives the same forecast). */
export function getWeather({ city, date }: z.infer<typeof weatherInput>): WeatherReport {
  const seed = [...city].reduce((sum, char) => sum + (char.codePointAt(0) ?? 0), 0);
  return {
    city,
    date: date ?? 'today',
    condition: CONDITIONS[seed % CONDITIONS.length] ?? 'sunny',
    temperatureC: 12 + (seed % 15),
  };
}

/** Input of {@link calculate}. */
export const calculatorInput = z.object({
  operation: z.enum(['add', 'subtract', 'multiply', 'divide']).describe('Arithmetic operation'),
  a: z.number().describe('First number'),
  b: z.number().describe('Second number'),
});

/** What {@link calculate} returns. */
export interface Calculation {
  readonly expression: string;
  readonly result: number;
}

const SYMBOLS = { add: '+', subtract: '−', multiply: '×', divide: '÷' } as const;

/** Exact arithmetic on two numbers; dividing by zero throws, so the model sees a tool error. */
export function calculate({ operation, a, b }: z.infer<typeof calculatorInput>): Calculation {
  if (operation === 'divide' && b === 0) throw new RangeError('Division by zero');
  const result =
    operation === 'add'
      ? a + b
      : operation === 'subtract'
        ? a - b
        : operation === 'multiply'
          ? a * b
          : a / b;
  return { expression: `${a} ${SYMBOLS[operation]} ${b}`, result };
}

/** Name, description, schema and function of each tool, for the engines to wrap. */
export const CHAT_TOOLS = {
  get_weather: {
    description: 'Get the weather forecast for a city.',
    inputSchema: weatherInput,
    run: getWeather,
  },
  calculator: {
    description: 'Calculate exactly with two numbers: add, subtract, multiply or divide.',
    inputSchema: calculatorInput,
    run: calculate,
  },
} as const;

/** The tool names the page knows how to draw. */
export type ChatToolName = keyof typeof CHAT_TOOLS;
