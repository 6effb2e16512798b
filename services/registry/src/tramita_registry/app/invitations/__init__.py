"""Use cases of invitations to self-register and of self-registration (IMI §3.1.2, §9.1.3)."""
