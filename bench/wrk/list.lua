-- GET /api/v1/problems?state=assigned&limit=50: the first page of 50 assigned problems, oldest
-- first. One request, the same every time (wrk formats it once: no request() here).
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

function init(args)
   common_init()
   wrk.method = "GET"
   wrk.path = "/api/v1/problems?state=assigned&limit=50"
end
