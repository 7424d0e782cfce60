-- Issue 16: signing out of the provider too. A session begun by single sign-on keeps the provider's id_token here
-- (server-side, never sent to the browser), so DELETE /api/session can send the browser to the provider's
-- end_session_endpoint with it as id_token_hint. NULL for password sign-ins, or when Tracker:SingleSignOn:SignOutOfProvider
-- is false. The row, and the token with it, goes at sign-out like every session row.
ALTER TABLE sessions ADD COLUMN id_token TEXT;
