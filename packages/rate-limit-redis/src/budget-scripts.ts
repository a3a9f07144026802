/**
 * The Lua scripts of {@link RedisBudgetStore}: each runs atomically in Redis, so every process
 * of the fleet sees one sliding window per bucket. Keys: `log` (sorted set, claim id → claim
 * time), `tok` (hash, claim id → tokens), `sum` (tokens in the window), `pause` (clock time until
 * which the bucket is paused). Times are the clients' clock milliseconds.
 */

/**
 * ARGV: now, window, requests limit (0 = none), tokens limit (0 = none), id, tokens, ttl, pending
 * (1: the claim holds its place one window ahead until its call starts). Returns 0 or the ms to wait.
 */
export const RESERVE = `
local log, tok, sum, pause = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local now, window = tonumber(ARGV[1]), tonumber(ARGV[2])
local rpm, tpm = tonumber(ARGV[3]), tonumber(ARGV[4])
local id, cost, ttl = ARGV[5], tonumber(ARGV[6]), tonumber(ARGV[7])
local stamp = now
if ARGV[8] == '1' then stamp = now + window end
local paused = tonumber(redis.call('GET', pause) or '0')
if paused > now then return math.ceil(paused - now) end
local old = redis.call('ZRANGEBYSCORE', log, '-inf', now - window)
for _, gone in ipairs(old) do
  redis.call('DECRBY', sum, tonumber(redis.call('HGET', tok, gone) or '0'))
  redis.call('HDEL', tok, gone)
end
if #old > 0 then redis.call('ZREMRANGEBYSCORE', log, '-inf', now - window) end
local n = redis.call('ZCARD', log)
if rpm > 0 and n >= rpm then
  local leaving = redis.call('ZRANGE', log, n - rpm, n - rpm, 'WITHSCORES')
  return math.max(1, math.ceil(tonumber(leaving[2]) + window - now))
end
if tpm > 0 and n > 0 then
  local used = tonumber(redis.call('GET', sum) or '0')
  if used + cost > tpm then
    local entries = redis.call('ZRANGE', log, 0, -1, 'WITHSCORES')
    for i = 1, #entries, 2 do
      used = used - tonumber(redis.call('HGET', tok, entries[i]) or '0')
      if used + cost <= tpm or i + 1 == #entries then
        return math.max(1, math.ceil(tonumber(entries[i + 1]) + window - now))
      end
    end
  end
end
redis.call('ZADD', log, stamp, id)
redis.call('HSET', tok, id, cost)
redis.call('INCRBY', sum, cost)
for _, key in ipairs({ log, tok, sum }) do redis.call('PEXPIRE', key, ttl) end
return 0
`;

/** ARGV: id, tokens ('' = unchanged), started at ('' = unchanged). Updates a claim still in the window. */
export const SETTLE = `
local log, tok, sum = KEYS[1], KEYS[2], KEYS[3]
local before = redis.call('HGET', tok, ARGV[1])
if not before then return 0 end
if ARGV[2] ~= '' then
  redis.call('HSET', tok, ARGV[1], ARGV[2])
  redis.call('INCRBY', sum, tonumber(ARGV[2]) - tonumber(before))
end
if ARGV[3] ~= '' then redis.call('ZADD', log, 'XX', ARGV[3], ARGV[1]) end
return 1
`;

/** ARGV: until, ttl. Pauses the bucket until `until` (never shortens a pause). */
export const PAUSE = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > current then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
return 0
`;
