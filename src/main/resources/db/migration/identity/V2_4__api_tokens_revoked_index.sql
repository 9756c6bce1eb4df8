-- Every instance reads the recently revoked tokens once a second (AuthenticatedTokens, decision 008):
-- an index over the revoked ones only, so that the read does not scan every token.
CREATE INDEX api_tokens_revoked ON api_tokens (revoked_at) WHERE revoked_at IS NOT NULL;
