"""The platform's own tables: applications and their autorisaties, the audit trail, the outbox
of notifications and the processing log. Every deployment has them, whatever registries it serves."""
