-- GET /api/v1/reports/weekly?week=DOCKET_WEEK&format=json: the weekly report of the last
-- complete week of the generated history (2026-W47: the benchmark registers end on 2026-11-25).
-- The same request every time (wrk formats it once: no request() here).
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

function init(args)
   common_init()
   wrk.method = "GET"
   wrk.path = "/api/v1/reports/weekly?format=json&week=" .. (os.getenv("DOCKET_WEEK") or "2026-W47")
end
