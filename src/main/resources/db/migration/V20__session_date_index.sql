-- Sessions by date across teams: the pages that list the sessions of the athletes now on a team on a few days
-- (Today, compliance) and the ledger's reading of an athlete's recent sessions can start from the few sessions of
-- those dates instead of every attendance the athletes ever had (ix_session_attendance_athlete).
CREATE INDEX ix_training_session_date ON training_session (session_date);
