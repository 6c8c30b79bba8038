-- Shared by the scripts of bench/wrk (bench/serve.py runs them; see there).
-- The environment gives the bearer token (DOCKET_TOKEN), the largest problem number to draw
-- from (DOCKET_MAX_ID) and a tag naming the run (DOCKET_RUN), so that titles stay unique
-- across runs. Each wrk thread gets a number in setup(), its own random seed in init(), and
-- done() prints the run's figures as one line of JSON, `WRKJSON {...}`, that serve.py reads.
local threads = 0

function setup(thread)
   threads = threads + 1
   thread:set("thread_number", threads)
end

function common_init()
   wrk.headers["Authorization"] = "Bearer " .. os.getenv("DOCKET_TOKEN")
   wrk.headers["Accept"] = "application/json"
   max_id = tonumber(os.getenv("DOCKET_MAX_ID") or "100000")
   run_tag = os.getenv("DOCKET_RUN") or "run"
   math.randomseed(os.time() * 100 + (thread_number or 0))
end

function done(summary, latency, requests)
   local errors = summary.errors
   io.write(string.format(
      'WRKJSON {"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, "write": %d, ' ..
      '"status": %d, "timeout": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d, "mean_us": %.1f}\n',
      summary.requests, summary.duration, summary.bytes, errors.connect, errors.read, errors.write,
      errors.status, errors.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99),
      latency.max, latency.mean))
end
