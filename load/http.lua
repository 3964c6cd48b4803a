-- One kind of request per run, for load/http.sh. BENCH_MODE:
--   summaries  POST /api/v1/summaries with the development-set articles in turn
--   articles   POST /api/v1/articles with the same articles, each text made unique by a closing
--              sentence naming the run, the thread and the request, so every request stores one
--   batch      POST /api/v1/articles/batch with BENCH_BATCH (default 100) such unique articles each
--   ceiling    GET /q/health/live (on the management port), the framework's own cost for a request
-- done() prints one JSON line: requests, rate, latency percentiles and answers by status.

local mode = os.getenv("BENCH_MODE") or "summaries"
local bodies_file = os.getenv("BENCH_BODIES") or "target/load/bodies.jsonl"
local run = os.getenv("BENCH_RUN") or "run"
local batch_size = tonumber(os.getenv("BENCH_BATCH") or "100")
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
  bodies = {}
  for line in io.lines(bodies_file) do
    table.insert(bodies, line)
  end
  -- threads start at different articles
  counter = (id - 1) * 37
end

-- the body ends with the text's closing quote and brace: a sentence naming the run, the thread and
-- the request goes before them, so the text is new, and the run's name becomes the source
function unique(body, n)
  return string.sub(body, 1, -3) .. " Filed as " .. run .. "-" .. id .. "-" .. n .. ".\", \"source\": \"" .. run .. "\"}"
end

function request()
  counter = counter + 1
  if mode == "ceiling" then
    return wrk.format("GET", "/q/health/live")
  end
  if mode == "batch" then
    local items = {}
    for i = 1, batch_size do
      items[i] = unique(bodies[((counter * batch_size + i) % #bodies) + 1], counter .. "-" .. i)
    end
    return wrk.format("POST", "/api/v1/articles/batch", {["Content-Type"] = "application/json"},
      '{"articles": [' .. table.concat(items, ",") .. ']}')
  end
  local body = bodies[(counter % #bodies) + 1]
  if mode == "articles" then
    return wrk.format("POST", "/api/v1/articles", {["Content-Type"] = "application/json"}, unique(body, counter))
  end
  return wrk.format("POST", "/api/v1/summaries", {["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
  if mode == "batch" and status == 200 then
    -- each stored item of a batch answer is counted as "created" (the text is new every time)
    local _, created = string.gsub(body, '"status":"created"', "")
    counts[201] = (counts[201] or 0) + created
  end
end

function done(summary, latency, requests)
  local totals = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("counts")) do
      totals[k] = (totals[k] or 0) + v
    end
  end
  local parts = {}
  local failed = 0
  for k, v in pairs(totals) do
    table.insert(parts, string.format('"%d": %d', k, v))
    if k >= 400 then
      failed = failed + v
    end
  end
  table.sort(parts)
  local seconds = summary.duration / 1e6
  io.write(string.format('RESULT {"mode": "%s", "requests": %d, "seconds": %.1f, "rate": %.0f, "p50_ms": %.2f, "p90_ms": %.2f, '
    .. '"p99_ms": %.2f, "max_ms": %.1f, "failed": %d, "socket_errors": %d, "timeouts": %d, "statuses": {%s}}\n',
    mode, summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, failed,
    summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout, table.concat(parts, ", ")))
end
