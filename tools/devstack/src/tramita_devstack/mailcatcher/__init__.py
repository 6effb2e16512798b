"""A small SMTP catcher with a Mailpit-compatible subset of its HTTP API.

Mailpit cannot be built with `go install` (its web assets are not committed and the
module is not served by the Go proxy), so the local stack ships this instead:
SMTP on one port, `GET /api/v1/messages`, `GET /api/v1/message/{id}` (also `latest`),
`GET /api/v1/message/{id}/headers`, `GET /api/v1/message/{id}/raw` and
`DELETE /api/v1/messages` on another, messages kept as files in the state directory.
"""
