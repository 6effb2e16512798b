"""Access requests and authority users → protobuf messages of tramita.identity.v1."""

from tramita.identity.v1 import identity_pb2 as pb

from tramita_identity.app.authority_users import UserView
from tramita_identity.domain.access_requests import AccessRequest, FirstLoginChannel, Proof
from tramita_identity.domain.events import ProfileGrant
from tramita_identity.entrypoints.grpc_mapping import timestamp

CHANNELS = {
    pb.FIRST_LOGIN_CHANNEL_UNSPECIFIED: "email",
    pb.FIRST_LOGIN_CHANNEL_EMAIL: "email",
    pb.FIRST_LOGIN_CHANNEL_SMS: "sms",
}
_CHANNEL_PROTO = {
    FirstLoginChannel.EMAIL: pb.FIRST_LOGIN_CHANNEL_EMAIL,
    FirstLoginChannel.SMS: pb.FIRST_LOGIN_CHANNEL_SMS,
}


def channel_name(value: int) -> str:
    """The channel's name; an unknown number is passed on to be refused by validation."""
    return CHANNELS.get(value, str(value))


def proof_proto(proof: Proof) -> pb.ProofInfo:
    return pb.ProofInfo(
        filename=proof.filename, media_type=proof.media_type, size=proof.size, sha256=proof.sha256
    )


def access_request_proto(request: AccessRequest) -> pb.AccessRequest:
    applicant = request.applicant
    return pb.AccessRequest(
        access_request_id=request.request_id,
        state=request.state.value,
        application=pb.AccessApplication(
            name=applicant.name,
            email=applicant.email,
            phone=applicant.phone,
            organization=applicant.organization,
            role=applicant.role,
            reason=applicant.reason,
            first_login_channel=_CHANNEL_PROTO[applicant.first_login_channel],
            preferred_language=applicant.language,
        ),
        proof=proof_proto(request.proof),
        submitted_at=timestamp(request.submitted_at),
        validation_expires_at=timestamp(request.token_expires_at),
        email_validated_at=timestamp(request.email_validated_at),
        decided_at=timestamp(request.decided_at),
        decided_by_person_id=request.decided_by,
        decision_reason=request.decision_reason,
        person_id=request.person_id,
    )


def grants(profiles: list[pb.UserProfile]) -> tuple[ProfileGrant, ...]:
    return tuple(ProfileGrant(p.workflow, p.profile) for p in profiles)


def user_proto(view: UserView) -> pb.AuthorityUser:
    user, person = view.user, view.person
    email, phone, language = "", "", ""
    if person is not None:
        contact = person.profile.contact
        email, phone, language = contact.email, contact.phone, contact.language
    ordered = sorted(user.profiles, key=lambda g: (g.workflow, g.profile))
    return pb.AuthorityUser(
        user_id=user.user_id,
        entity_id=user.entity_id,
        username=user.username,
        first_name=user.first_name,
        surname=user.surname,
        email=email,
        phone=phone,
        preferred_language=language,
        profiles=[pb.UserProfile(workflow=g.workflow, profile=g.profile) for g in ordered],
        status=user.status.value,
        created_at=timestamp(user.created_at),
        created_by_person_id=user.created_by,
        deactivated_at=timestamp(user.deactivated_at),
        version=user.version,
    )
