-- Each checkpoint also signs the checkpoint before it (its entry and head hash), so any two checkpoints prove that the
-- later extends the earlier, and a checkpoint removed or replaced between two others is found. Checkpoints signed
-- before this migration have no previous one (null): they keep the first signature format.
alter table audit_checkpoint
    add column prev_seq  bigint,
    add column prev_hash bytea,
    add constraint audit_checkpoint_prev_complete check ((prev_seq is null) = (prev_hash is null)),
    add constraint audit_checkpoint_prev_before check (prev_seq is null or prev_seq < seq);
