-- wrk script for bench/postgres.sh: readers spread over several tracker instances, as behind a load balancer with no
-- sticky sessions. BENCH_PORTS lists the instances' loopback ports ("5001 5002"); wrk's threads take them in turn
-- (run -t2 -c32 for 16 connections on each of two), so one wrk run gives one latency distribution over both. The -H
-- headers (token, Accept-Encoding) are kept; the Host header names the URL's instance, which the tracker ignores.
-- done() prints each instance's responses and non-2xx answers, so a run shows that both were read.
local ports = {}
for port in string.gmatch(os.getenv("BENCH_PORTS") or "", "%d+") do ports[#ports + 1] = port end
local threads = {}
local next_thread = 0

function setup(thread)
   local port = ports[next_thread % #ports + 1]
   next_thread = next_thread + 1
   thread.addr = wrk.lookup("127.0.0.1", port)[1]
   thread:set("port", port)
   table.insert(threads, thread)
end

responses = 0
failures = 0

function response(status, headers, body)
   responses = responses + 1
   if status >= 300 then failures = failures + 1 end
end

function done(summary, latency, requests)
   local by_port, failed = {}, {}
   for _, thread in ipairs(threads) do
      local port = thread:get("port")
      by_port[port] = (by_port[port] or 0) + thread:get("responses")
      failed[port] = (failed[port] or 0) + thread:get("failures")
   end
   for port, count in pairs(by_port) do
      io.write(string.format("instance 127.0.0.1:%s responses %d non-2xx %d\n", port, count, failed[port]))
   end
end
