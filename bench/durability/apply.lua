-- One disclosure request per call (POST /api/v1/public/requests), each with its own description.
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  counter = counter + 1
  local body = '{"applicantType":"NATURAL_PERSON","name":"王小明","idNumber":"440106199003071231",' ..
    '"phone":"13912345678","email":"xiaoming.wang@example.cn","address":"广州市天河区珠江新城华夏路8号",' ..
    '"organ":"guangdong","description":"写入基准 ' .. counter .. ' ' .. math.random(1, 1000000000) ..
    '：2025年增值税留抵退税办理情况统计表","form":"ELECTRONIC","delivery":"ONLINE"}'
  return wrk.format(nil, nil, nil, body)
end
