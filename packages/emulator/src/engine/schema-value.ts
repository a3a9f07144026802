import { type Random, uuidFrom } from '../random.ts';
import { keywords, trimEnd } from '../text/words.ts';
import type { JsonSchema } from './conversation.ts';

/** What a generated value may draw on. */
export interface ValueContext {
  /** The user's request; strings, numbers and enum values are taken from it where plausible. */
  text: string;
  random: Random;
  /** Emulator time in ms (for dates). */
  now: number;
  /** Lower-case words not to use as values (e.g. the words that matched the tool). */
  exclude?: ReadonlySet<string>;
}

const PLACE =
  /(?:location|city|place|region|area|address|country|destination|origin|from|to|where|지역|도시|장소|위치)/i;
const DAY_MS = 86_400_000;
/** The first e-mail address in `text` (matches start only at the start of a run, so it stays linear). */
function findEmail(text: string): string | undefined {
  return text.match(/(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/)?.[0];
}

/** Parameters that take the request itself (a search query, a question, a message). */
const FREE_TEXT = /^(?:q|query|keywords?|search|question|prompt|text|message|content|body|input)$/i;

/** The part of a request a search-like parameter wants: after "for"/"about" if present, else all of it. */
function freeText(text: string): string {
  const tail = text.match(/\b(?:for|about)\s+(.+)$/is)?.[1] ?? text;
  return trimEnd(tail, '?.! \t\n\r').trim() || text.trim();
}

function asSchema(value: unknown): JsonSchema {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonSchema) : {};
}

function schemaType(schema: JsonSchema): string | undefined {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((t) => typeof t === 'string' && t !== 'null');
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

function dayOffset(text: string): number {
  if (/모레|day after tomorrow/i.test(text)) return 2;
  if (/내일|tomorrow/i.test(text)) return 1;
  if (/어제|yesterday/i.test(text)) return -1;
  return 0;
}

function isoDate(ctx: ValueContext): string {
  return new Date(ctx.now + dayOffset(ctx.text) * DAY_MS).toISOString().slice(0, 10);
}

class ValueBuilder {
  private readonly used = new Set<string>();
  private readonly words: string[];
  private readonly numbers: number[];
  private numberIndex = 0;

  constructor(private readonly ctx: ValueContext) {
    this.words = keywords(ctx.text).filter(
      (w) =>
        !ctx.exclude?.has(w.toLowerCase()) &&
        !/^\d+(?:\.\d+)?$/.test(w) &&
        !/^(?:내일|오늘|모레|어제|tomorrow|today|yesterday)$/i.test(w),
    );
    this.numbers = [...ctx.text.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  }

  private word(name: string, description: string): string | undefined {
    const free = this.words.filter((w) => !this.used.has(w));
    if (!free.length) return undefined;
    const placeLike = PLACE.test(name) || PLACE.test(description);
    const preferred = placeLike
      ? (free.find((w) => /^[A-Z]/.test(w)) ??
        free.find((w) => /[\uAC00-\uD7A3]/.test(w)) ??
        free[0])
      : free[0];
    if (preferred) this.used.add(preferred);
    return preferred;
  }

  private string(schema: JsonSchema, name: string): string {
    const description = typeof schema.description === 'string' ? schema.description : '';
    const { ctx } = this;
    switch (schema.format) {
      case 'date':
        return isoDate(ctx);
      case 'date-time':
        return `${isoDate(ctx)}T09:00:00Z`;
      case 'time':
        return '09:00:00';
      case 'duration':
        return 'PT1H';
      case 'email':
        return findEmail(ctx.text) ?? 'user@example.com';
      case 'hostname':
        return ctx.text.match(/\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b/i)?.[0] ?? 'example.com';
      case 'ipv4':
        return '192.0.2.1';
      case 'ipv6':
        return '2001:db8::1';
      case 'uuid':
        return uuidFrom(ctx.random);
    }
    const label = `${name} ${description}`;
    if (/YYYY-MM-DD|date|날짜/i.test(label)) return isoDate(ctx);
    const email = findEmail(ctx.text);
    if (email && /e-?mail|recipient|메일|받는/i.test(label)) return email;
    if (FREE_TEXT.test(name)) return freeText(ctx.text);
    return (
      this.word(name, description) ??
      (name ? `${name}-${ctx.random.chars(4).toLowerCase()}` : 'example')
    );
  }

  private number(schema: JsonSchema, integer: boolean): number {
    const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
    const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
    let value = this.numbers[this.numberIndex];
    if (value !== undefined) this.numberIndex++;
    else {
      const lo = min ?? 0;
      const hi = max ?? Math.max(lo + 100, 100);
      value = lo + this.ctx.random.next() * (hi - lo);
    }
    if (integer) value = Math.round(value);
    if (min !== undefined && value < min) value = integer ? Math.ceil(min) : min;
    if (max !== undefined && value > max) value = integer ? Math.floor(max) : max;
    return integer ? value : Math.round(value * 100) / 100;
  }

  value(raw: unknown, name = '', depth = 0): unknown {
    const schema = asSchema(raw);
    if (Array.isArray(schema.anyOf) && schema.anyOf.length)
      return this.value(schema.anyOf[0], name, depth);
    if (Array.isArray(schema.enum) && schema.enum.length) {
      const text = this.ctx.text.toLowerCase();
      return (
        schema.enum.find((v) => typeof v === 'string' && text.includes(v.toLowerCase())) ??
        schema.enum[0]
      );
    }
    if (schema.const !== undefined) return schema.const;
    switch (schemaType(schema)) {
      case 'integer':
        return this.number(schema, true);
      case 'number':
        return this.number(schema, false);
      case 'boolean':
        return /\b(?:no|not|false)\b|아니|않/i.test(this.ctx.text)
          ? false
          : this.ctx.random.next() < 0.5;
      case 'array': {
        const min = typeof schema.minItems === 'number' ? schema.minItems : 1;
        const max = typeof schema.maxItems === 'number' ? schema.maxItems : Math.max(min, 2);
        const count = depth > 4 ? Math.min(min, 0) : Math.max(min, Math.min(max, Math.max(min, 1)));
        return Array.from({ length: count }, () => this.value(schema.items, name, depth + 1));
      }
      case 'object': {
        const out: Record<string, unknown> = {};
        const properties = asSchema(schema.properties);
        const required = Array.isArray(schema.required)
          ? schema.required.filter((r) => typeof r === 'string')
          : [];
        const names =
          depth > 4 ? required : [...new Set([...required, ...Object.keys(properties)])];
        for (const key of names)
          out[key] = this.value(properties[key] ?? { type: 'string' }, key, depth + 1);
        return out;
      }
      case 'null':
        return null;
      default:
        return this.string(schema, name);
    }
  }
}

/** A value that satisfies `schema` (the documented subset), filled from the user's request where plausible. */
export function valueForSchema(schema: JsonSchema, ctx: ValueContext): unknown {
  return new ValueBuilder(ctx).value(schema);
}
