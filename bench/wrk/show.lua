-- GET /api/v1/problems/{id} on a random existing problem (1..DOCKET_MAX_ID).
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

function init(args)
   common_init()
end

function request()
   return wrk.format("GET", "/api/v1/problems/" .. math.random(1, max_id))
end
