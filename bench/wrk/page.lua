-- GET of one web page (bench/pages.py runs it): DOCKET_PAGE is its path, where {id} becomes a
-- random existing problem (1..DOCKET_MAX_ID); DOCKET_COOKIE the signed-in session's cookie.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

function init(args)
   common_init()
   wrk.headers["Authorization"] = nil
   wrk.headers["Accept"] = "text/html"
   wrk.headers["Cookie"] = os.getenv("DOCKET_COOKIE")
   page = os.getenv("DOCKET_PAGE")
end

function request()
   return wrk.format("GET", (page:gsub("{id}", tostring(math.random(1, max_id)))))
end
