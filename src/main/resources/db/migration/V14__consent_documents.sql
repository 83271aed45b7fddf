-- A consent's signed document (FHIR Consent.sourceAttachment) is an attachment owned by the consent: stored,
-- encrypted and checked exactly like a request's files. Every attachment has exactly one owner.
alter table attachment alter column request_id drop not null;
alter table attachment add column consent_id bigint references consent (id);
alter table attachment add constraint attachment_one_owner check ((request_id is null) <> (consent_id is null));
create index attachment_consent on attachment (consent_id, uploaded_at) where consent_id is not null;
