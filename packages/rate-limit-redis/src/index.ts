/**
 * `@clova-studio/rate-limit-redis`: one CLOVA Studio rate budget (requests and tokens per minute,
 * per model or tool) shared by every process of a fleet through Redis.
 *
 * @module
 */
export {
  RedisBudgetStore,
  type RedisBudgetStoreOptions,
  type RedisUnavailableMode,
} from './redis-budget-store.ts';
