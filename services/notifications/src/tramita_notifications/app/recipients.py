"""Run a trigger's recipient plan against the directory: who gets it, where, in what language."""

from __future__ import annotations

from tramita_notifications.app.ports import Directory
from tramita_notifications.domain.catalogue import Family, notice_kind
from tramita_notifications.domain.model import Channel, Contact, Recipient, Trigger
from tramita_notifications.domain.profiles import REQUEST_ALLOCATOR, REQUEST_HANDLER
from tramita_notifications.domain.rules import (
    AllocatorsIfAllocating,
    ContactAddress,
    ContactPart,
    HandlersOrAllocators,
    PersonPart,
    ProfileHolders,
    Selector,
    delivery_channel,
    plan,
    played_by,
    profile_workflow,
)

__all__ = ["resolve"]


async def resolve(trigger: Trigger, directory: Directory) -> list[Recipient]:
    """One recipient per (channel, address), in plan order.

    Alert notices go only to users holding the right alert profile, at their alert address
    when they set one, never to an entity's contact mailbox (003 §6.4.1). Contacts with no
    address on the notice's channel are skipped.
    """
    alert = notice_kind(trigger.kind).family is Family.ALERT
    channel = delivery_channel(trigger)
    found: dict[tuple[Channel, str], Recipient] = {}
    for selector in plan(trigger):
        for contact in await _contacts(selector, trigger, directory):
            recipient = _recipient(contact, channel, alert=alert)
            if recipient is not None:
                _keep(found, recipient)
    return list(found.values())


def _recipient(contact: Contact, channel: Channel, *, alert: bool) -> Recipient | None:
    if alert and not contact.person_id:
        return None  # a mailbox or a bare address: alerts reach only profile holders
    if channel is Channel.SMS:
        address = contact.phone
    else:
        address = (alert and contact.alert_email) or contact.email
    address = address.strip()
    if not address:
        return None
    return Recipient(channel, address, contact.language, contact.person_id)


def _keep(found: dict[tuple[Channel, str], Recipient], recipient: Recipient) -> None:
    """Add unless the address is there already; a platform user beats a bare mailbox
    (so the in-app notice is not lost when a user's e-mail is also the contact address)."""
    key = (recipient.channel, recipient.address.lower())
    held = found.get(key)
    if held is None or (recipient.person_id and not held.person_id):
        found[key] = recipient


async def _contacts(selector: Selector, trigger: Trigger, directory: Directory) -> list[Contact]:
    match selector:
        case ProfileHolders(entity_part=part, profile=profile):
            return await _holders(directory, trigger, part, profile)
        case HandlersOrAllocators(entity_part=part):
            return await _by_allocation(directory, trigger, part, REQUEST_HANDLER)
        case AllocatorsIfAllocating(entity_part=part):
            return await _by_allocation(directory, trigger, part, None)
        case ContactAddress(entity_part=part):
            entities = played_by(trigger.entities, part)
            mailboxes = [await directory.entity_contact(e) for e in entities]
            return [m for m in mailboxes if m is not None]
        case PersonPart(person_part=part, fallback=fallback):
            people = [await directory.person(p) for p in played_by(trigger.people, part)]
            known = [p for p in people if p is not None]
            if not known and fallback is not None:
                return await _contacts(fallback, trigger, directory)
            return known
        case ContactPart(contact_part=part):
            return played_by(trigger.contacts, part)
    raise TypeError(f"not a selector: {selector!r}")


async def _holders(
    directory: Directory, trigger: Trigger, part: str, profile: str
) -> list[Contact]:
    workflow = profile_workflow(profile, trigger.workflow)
    holders: list[Contact] = []
    for entity_id in played_by(trigger.entities, part):
        holders += await directory.profile_holders(entity_id, profile, workflow)
    return holders


async def _by_allocation(
    directory: Directory, trigger: Trigger, part: str, unallocated: str | None
) -> list[Contact]:
    """Allocators of an entity using allocation, else holders of `unallocated` (if any)."""
    contacts: list[Contact] = []
    for entity_id in played_by(trigger.entities, part):
        allocating = await directory.uses_allocation(entity_id, trigger.workflow)
        profile = REQUEST_ALLOCATOR if allocating else unallocated
        if profile is not None:
            contacts += await directory.profile_holders(entity_id, profile, trigger.workflow)
    return contacts
