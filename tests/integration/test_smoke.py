"""The reference server answers over real HTTP on loopback."""


def test_health_needs_no_token(live_api):
    reply = live_api.client().get("/v1/health")
    assert reply.status_code == 200
    assert reply.json() == {"status": "ok", "version": "0.1.0", "schema_version": 1}


def test_manager_enrolls_a_device_and_it_pulls_the_snapshot(live_api):
    device = live_api.enroll()
    client = live_api.client(device["device_token"])
    reply = client.get(f"/v1/stores/{device['store_id']}/changes", params={"limit": 500})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["changes"] and body["has_more"] is True
    assert body["device_last_seq"] == 0
