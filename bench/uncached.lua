-- wrk script: every request asks for the page under a query string no request has used before.
-- The output cache keys pages by their query string too, so each request misses, renders the
-- page and stores it, as the first request after an eviction does; Folio itself needs no switch
-- to skip its cache. Argument: the page's path. Headers given to wrk with -H are sent as usual.
local count = 0

function setup(thread)
  count = count + 1
  thread:set("id", count)
end

function init(args)
  path = args[1]
  sent = 0
end

function request()
  sent = sent + 1
  return wrk.format(nil, path .. "?uncached=" .. id .. "-" .. sent)
end
