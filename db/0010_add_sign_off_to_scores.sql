-- A score at a level that means complete must carry evidence (a link or a note) and waits for the board to sign it
-- off. sign_off_status NULL means no sign-off applies: the level is not a complete one, or the score came from before
-- sign-off existed (an import of an old plan), which counts as complete as it was recorded.
ALTER TABLE scores ADD COLUMN evidence TEXT;
ALTER TABLE scores ADD COLUMN sign_off_status TEXT CHECK (sign_off_status IN ('pending', 'signedOff', 'rejected'));
ALTER TABLE scores ADD COLUMN sign_off_by TEXT;
ALTER TABLE scores ADD COLUMN sign_off_at TEXT;
ALTER TABLE scores ADD COLUMN sign_off_note TEXT;
