-- wrk script for bench/mixed.sh: readers that revalidate as a browser refreshing a page it holds. Each wrk thread keeps
-- the ETag of the last 200 it received and sends it as If-None-Match; a 304 has no body, a 200 (the plan changed)
-- brings the new bytes and the new ETag. The -H headers (token, Accept-Encoding) are kept.
local etag = nil

request = function()
   wrk.headers["If-None-Match"] = etag
   return wrk.format()
end

response = function(status, headers, body)
   if status == 200 then etag = headers["ETag"] or headers["etag"] end
end
