-- A flood of links as newsletters and social networks share them: every request carries tracking
-- parameters that no page reads, with values never seen before (?utm_source=<counter>&fbclid=<random>,
-- the names varying). With TRACKING=off the same request() call sends the plain address, so the plain
-- side pays wrk's per-request Lua cost too and the ratio compares like with like.
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "../report.lua")

local campaigns = { "utm_source", "utm_medium", "utm_campaign" }
local clicks = { "fbclid", "gclid", "mc_cid" }
local plain = os.getenv("TRACKING") == "off"
local threads = 0
local count = 0

setup = function(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

init = function(args)
  math.randomseed(os.time() * 100 + thread_id)
end

request = function()
  if plain then
    return wrk.format(nil, wrk.path)
  end
  count = count + 1
  -- thread_id keeps the values of the two wrk threads apart; the names cycle over all nine pairs.
  local query = string.format("?%s=%d-%d&%s=IwAR%08x%08x",
    campaigns[count % 3 + 1], thread_id, count,
    clicks[math.floor(count / 3) % 3 + 1], math.random(0, 0x7fffffff), math.random(0, 0x7fffffff))
  return wrk.format(nil, wrk.path .. query)
end
