-- wrk script: every request posts a new guest comment through the post page's "Leave a Reply"
-- form, as a browser without script sends it. Arguments: the post's path, the site's host and a
-- word for this run (comments repeated word for word would be refused as duplicates).
-- The form of a guest carries no antiforgery token by design (the page is served from the
-- shared cache; see Features/Posts/Article.cshtml.cs), so none is sent. A saved comment is
-- answered 302 to its anchor; anything else counts as refused. Prints "accepted N" and
-- "refused N" for bench/run.
local threads = {}
local count = 0

function setup(thread)
  count = count + 1
  thread:set("id", count)
  table.insert(threads, thread)
end

function init(args)
  path = args[1] .. "?handler=Comment"
  host = args[2]
  run = args[3]
  sent, accepted, refused = 0, 0, 0
end

function request()
  sent = sent + 1
  local who = run .. "-" .. id .. "-" .. sent
  local body = "Form.Comment=Bench+comment+" .. who .. "%3A+a+reader+writes+a+few+words+about+the+post."
    .. "&Form.Author=Bench+reader+" .. who
    .. "&Form.Email=bench-" .. who .. "%40example.com"
    .. "&Form.Url=&Form.Phone=&Form.ParentId="
  return wrk.format("POST", path, {
    ["Host"] = host,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, body)
end

function response(status, headers, body)
  if status == 302 then accepted = accepted + 1 else refused = refused + 1 end
end

function done(summary, latency, requests)
  local a, r = 0, 0
  for _, thread in ipairs(threads) do
    a = a + thread:get("accepted")
    r = r + thread:get("refused")
  end
  io.write(string.format("accepted %d\nrefused %d\n", a, r))
end
