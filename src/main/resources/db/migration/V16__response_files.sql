-- A responding agency's file belongs to the response it is released with: the requester's side reads it only once
-- that response is released (the same decision record, consent check, approval and DISCLOSE event). Files an
-- agency adds are assigned to its next response when that response is recorded; until then only the agency sees them.
alter table attachment add column response_id bigint references ask_response (id);
alter table attachment add constraint attachment_response_on_request check (response_id is null or request_id is not null);
create index attachment_response on attachment (response_id) where response_id is not null;
-- The only change the application may make to a stored file's row: which response it is released with.
grant update (response_id) on attachment to ${appRole};
