-- POST /api/v1/problems: files a problem in Cần Thơ, a title unique to every request
-- (run tag, thread number, a counter), as `docket file --locality "Cần Thơ" --title ...` would.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")
local counter = 0

function init(args)
   common_init()
   wrk.headers["Content-Type"] = "application/json"
end

function request()
   counter = counter + 1
   local body = string.format(
      '{"locality":"Cần Thơ","title":"Giá thuê hạ tầng viễn thông thụ động chưa thống nhất, qua HTTP %s-%d-%d"}',
      run_tag, thread_number, counter)
   return wrk.format("POST", "/api/v1/problems", nil, body)
end
