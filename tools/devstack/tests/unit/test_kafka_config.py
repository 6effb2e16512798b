from pathlib import Path

from tramita_devstack.components.kafka import new_cluster_id, server_properties


def _props(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines())


def test_single_node_kraft_settings() -> None:
    props = _props(server_properties(data_dir=Path("/d"), port=1, controller_port=2))
    assert props["process.roles"] == "broker,controller"
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:1,CONTROLLER://127.0.0.1:2"
    assert props["controller.quorum.voters"] == "1@127.0.0.1:2"
    for key in (
        "offsets.topic.replication.factor",
        "transaction.state.log.replication.factor",
        "transaction.state.log.min.isr",
        "default.replication.factor",
    ):
        assert props[key] == "1"
    assert props["auto.create.topics.enable"] == "true"


def test_cluster_id_is_a_22_char_base64_uuid() -> None:
    assert len(new_cluster_id()) == 22
