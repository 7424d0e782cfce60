-- Twin of db/0046_add_session_id_tokens.sql (issue 16: signing out of the provider); see that script.
ALTER TABLE sessions ADD COLUMN id_token text;
