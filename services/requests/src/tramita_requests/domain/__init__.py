"""The information-request workflow of IMI (003 §5, §7, §10) in plain Python.

- `states` and `transitions`: the vocabulary and the state machine as one table.
- `model` (the Request aggregate) with its use cases in `drafting`, `receiving`,
  `answering`, `escalation`, `allocation`, `copying` and `lifecycle`.
- `conditions`, `completeness`: what the table's conditions and sending check.
- `events`: what leaves through the outbox; `errors`: what callers map.
- `deadlines`, `retention`, `visibility`: pure rules on dates and on who sees what.
- `question_sets`: the versioned question sets and predefined texts (PT, EN).
"""
