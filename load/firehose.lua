-- Stores at full speed for load/firehose.sh, every body a text never stored before. BENCH_MODE:
--   articles  POST /api/v1/articles, one article a request
--   batch     POST /api/v1/articles/batch with BENCH_BATCH (default 100) articles a request
-- Each text is 12 to 28 sentences drawn at random from all the development-set articles
-- (BENCH_SENTENCES, written by load/sentences.py), so no two texts are copies or near copies of
-- one another; a closing sentence naming the run, the thread and the request makes each one new
-- even against earlier runs. The run's name (BENCH_RUN) is the articles' source.
-- Each thread writes the id of every article answered 201 (or "created" in a batch) to
-- BENCH_IDS/ids-<thread>.txt, one a line. done() prints one JSON line: requests, rate, latency
-- percentiles and answers by status.

local mode = os.getenv("BENCH_MODE") or "articles"
local sentences_file = os.getenv("BENCH_SENTENCES") or "target/load/sentences.txt"
local ids_dir = os.getenv("BENCH_IDS") or "target/load"
local run = os.getenv("BENCH_RUN") or "firehose"
local batch_size = tonumber(os.getenv("BENCH_BATCH") or "100")
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
  sentences = {}
  for line in io.lines(sentences_file) do
    table.insert(sentences, line)
  end
  math.randomseed(os.time() * 1000 + id)
  counter = 0
  ids = assert(io.open(ids_dir .. "/ids-" .. id .. ".txt", "w"))
  -- a line at a time: wrk ends its threads without closing their files
  ids:setvbuf("line")
end

function article(n)
  local parts = {}
  for i = 1, math.random(12, 28) do
    parts[i] = sentences[math.random(#sentences)]
  end
  local title = string.sub(parts[1], 1, 60)
  parts[#parts + 1] = "Filed as " .. run .. "-" .. id .. "-" .. n .. "."
  return '{"title": "' .. title:gsub('\\[^\\]*$', '') .. '", "source": "' .. run .. '", "text": "' .. table.concat(parts, " ") .. '"}'
end

function request()
  counter = counter + 1
  if mode == "batch" then
    local items = {}
    for i = 1, batch_size do
      items[i] = article(counter .. "-" .. i)
    end
    return wrk.format("POST", "/api/v1/articles/batch", {["Content-Type"] = "application/json"},
      '{"articles": [' .. table.concat(items, ",") .. ']}')
  end
  return wrk.format("POST", "/api/v1/articles", {["Content-Type"] = "application/json"}, article(counter))
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
  if status == 201 then
    ids:write(string.match(headers["Location"] or headers["location"] or "", "(%d+)$") or "?", "\n")
  elseif mode == "batch" and status == 200 then
    -- each item stored anew is "created", and counted as a 201
    for created in string.gmatch(body, '"status":"created","id":(%d+)') do
      ids:write(created, "\n")
      counts[201] = (counts[201] or 0) + 1
    end
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
  for k, v in pairs(totals) do
    table.insert(parts, string.format('"%d": %d', k, v))
  end
  table.sort(parts)
  local seconds = summary.duration / 1e6
  io.write(string.format('RESULT {"mode": "%s", "requests": %d, "seconds": %.1f, "rate": %.0f, "p50_ms": %.2f, "p99_ms": %.2f, '
    .. '"max_ms": %.1f, "socket_errors": %d, "timeouts": %d, "statuses": {%s}}\n',
    mode, summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout,
    table.concat(parts, ", ")))
end
