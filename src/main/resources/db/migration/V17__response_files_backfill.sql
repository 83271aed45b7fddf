-- Files a responding agency attached before V16 belong to no response, so the requester would lose sight of files
-- already shared with them. Each is given to that agency's first released response at or after its upload, or, when
-- it came after every released response, to the latest one (what the requester could already read); files of an
-- agency with no released response stay with the agency until its next response, as V16 intends.
update attachment a
set response_id = coalesce(
    (select r.id from ask_response r join request_ask k on k.id = r.ask_id
     where k.request_id = a.request_id and k.agency_code = a.uploaded_by_agency and r.state = 'RELEASED'
       and r.released_at >= a.uploaded_at
     order by r.released_at, r.id limit 1),
    (select r.id from ask_response r join request_ask k on k.id = r.ask_id
     where k.request_id = a.request_id and k.agency_code = a.uploaded_by_agency and r.state = 'RELEASED'
     order by r.released_at desc, r.id desc limit 1))
where a.request_id is not null
  and a.response_id is null
  and a.uploaded_by_agency <> (select q.requester_agency from info_request q where q.id = a.request_id);
