-- One request kind of the load mix, for wrk: wrk -c N -d 60s -s mix.lua URL -- KIND USERS_FILE
-- USERS_FILE has one line per user: cookie header|CSRF token|kind-specific value (questionnaire: the date to answer;
-- rating: the session id to rate; pages: the path to open). Each write carries a fresh value, so every acknowledged
-- write is a real change the database counts (the row's version goes up by one).
-- Globals, so that done() can read them from each thread.
kind, acked, refused = nil, 0, 0
local users, counter = {}, 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  kind = args[1]
  for line in io.lines(args[2]) do
    local cookie, token, extra = line:match("^([^|]*)|([^|]*)|([^|]*)$")
    if cookie then
      table.insert(users, { cookie = cookie, token = token, extra = extra })
    end
  end
  math.randomseed(os.time() + #args[2] * 7919)
end

local function form(user, body)
  return wrk.format("POST", nil, {
    ["Cookie"] = user.cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, "csrf-token=" .. user.token .. "&" .. body)
end

function request()
  counter = counter + 1
  local user = users[math.random(#users)]
  if kind == "questionnaire" then
    wrk.path = "/me/wellness"
    return form(user, string.format(
      "date=%s&fatigue=%d&sleepQuality=%d&soreness=%d&stress=%d&mood=%d&sleepHours=7.5&comment=load+%d",
      user.extra, math.random(1, 5), math.random(1, 5), math.random(1, 5), math.random(1, 5), math.random(1, 5),
      counter))
  elseif kind == "rating" then
    wrk.path = "/me/sessions/" .. user.extra
    return form(user, string.format("rpe=%d&minutes=%d", math.random(1, 10), 30 + (counter % 60)))
  end
  return wrk.format("GET", user.extra, { ["Cookie"] = user.cookie })
end

function response(status, headers, body)
  local location = headers["Location"] or headers["location"] or ""
  if kind == "questionnaire" then
    if status == 303 and location:find("/me/wellness?date=", 1, true) then acked = acked + 1 else refused = refused + 1 end
  elseif kind == "rating" then
    if status == 303 and location:find("/me/sessions/", 1, true) then acked = acked + 1 else refused = refused + 1 end
  elseif status == 200 then
    acked = acked + 1
  else
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local ok, bad = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("acked")
    bad = bad + thread:get("refused")
  end
  local errors = summary.errors
  io.write(string.format(
    'RESULT {"kind":"%s","requests":%d,"seconds":%.2f,"ok":%d,"bad":%d,"socket_errors":%d,"p50_ms":%.1f,"p95_ms":%.1f,"p99_ms":%.1f,"max_ms":%.1f}\n',
    threads[1]:get("kind"), summary.requests, summary.duration / 1e6, ok, bad,
    errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
