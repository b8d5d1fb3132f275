-- ExternalIds and webhook URLs (which may embed tokens: chat webhooks, ?token=…) are sealed with
-- SECRETS_ENCRYPTION_KEY like the other webhook secrets (AES-256-GCM, see SecretBox). A value is in exactly
-- one of its two columns: sealed when a key is configured, in clear only when none is. Values an earlier
-- version stored in clear are sealed when a process starts with the key (prepareStoredSecrets).
ALTER TABLE organizations
  ADD COLUMN external_id_sealed            text,
  ADD COLUMN management_external_id_sealed text;
ALTER TABLE webhooks
  ADD COLUMN url_sealed text,
  ALTER COLUMN url DROP NOT NULL,
  ADD CONSTRAINT webhooks_url_present CHECK (url IS NOT NULL OR url_sealed IS NOT NULL);
