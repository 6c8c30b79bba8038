-- POST /api/v1/problems/{id}/comment on a random existing problem (1..DOCKET_MAX_ID). A comment
-- is allowed from every state of the workflow, so none answers 409, and it is a write of the
-- same shape as every transition: the workflow checked, an event appended, the problem's row and
-- its search document rewritten, in the writer's group commit.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")
local body = '{"text":"Địa phương đề nghị Bộ sớm có ý kiến trả lời"}'

function init(args)
   common_init()
   wrk.headers["Content-Type"] = "application/json"
end

function request()
   return wrk.format("POST", "/api/v1/problems/" .. math.random(1, max_id) .. "/comment", nil, body)
end
