-- Mixed traffic for the soak test: summaries, new and duplicate stores, reads, bad requests.
-- Every thread counts its answers by status; done() prints the totals as one JSON line. Only a
-- store that creates an article answers 201, so the 201s are the articles the service accepted.

local counter = 0
local threads = {}
local source = os.getenv("SOAK_SOURCE") or "soak"
local phase = os.getenv("SOAK_PHASE") or "main"

local story = "The regional council approved a plan on Tuesday to rebuild the harbour wall after winter storms. "
  .. "Engineers said the work would take two years and cost about forty million pounds. "
  .. "Fishing crews welcomed the decision but asked for the harbour to stay open during the work. "
  .. "The council leader said contracts would be signed before the summer. "
  .. "Residents will be able to comment on the design at public meetings next month."

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
end

local function count(key)
  counts[key] = (counts[key] or 0) + 1
end

function request()
  counter = counter + 1
  local r = math.random(100)
  if r <= 40 then
    return wrk.format("POST", "/api/v1/summaries", {["Content-Type"] = "text/plain"}, story)
  elseif r <= 60 then
    local body = '{"source": "' .. source .. '", "text": "' .. story .. ' Item ' .. source .. "-" .. phase .. "-" .. id .. "-" .. counter .. '."}'
    return wrk.format("POST", "/api/v1/articles", {["Content-Type"] = "application/json"}, body)
  elseif r <= 70 then
    local body = '{"source": "' .. source .. '-dup", "text": "' .. story .. ' Edition ' .. source .. '."}'
    return wrk.format("POST", "/api/v1/articles", {["Content-Type"] = "application/json"}, body)
  elseif r <= 85 then
    return wrk.format("GET", "/api/v1/articles?limit=20&source=" .. source)
  elseif r <= 95 then
    return wrk.format("GET", "/api/v1/articles/" .. math.random(1, 1000))
  else
    return wrk.format("POST", "/api/v1/summaries", {["Content-Type"] = "application/json"}, '{"text": 42, "sentences": -1')
  end
end

function response(status, headers, body)
  count(tostring(status))
  if status >= 500 then
    count("5xx")
  end
end

function done(summary, latency, requests)
  local totals = {}
  for _, t in ipairs(threads) do
    local c = t:get("counts")
    for k, v in pairs(c) do
      totals[k] = (totals[k] or 0) + v
    end
  end
  local parts = {}
  for k, v in pairs(totals) do
    table.insert(parts, string.format('"%s": %d', k, v))
  end
  table.sort(parts)
  io.write(string.format('SOAK {"requests": %d, "errors": %d, "timeouts": %d, "p50_ms": %.1f, "p99_ms": %.1f, "max_ms": %.1f, "counts": {%s}}\n',
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status,
    summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, table.concat(parts, ", ")))
end
