"""States of the Botpress mock: one payload per (type, id, name), with an optional idle expiry."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from specbench.mock.behaviours import Behaviour, Call, Reply, Unbound, new_id
from specbench.mock.errors import not_found
from specbench.mock.schemas import now

STATES = "states"  # stored as {"state": State, "expiresAt": epoch ms | None}


def state_key(call: Call) -> str:
    return f"{call.path['type']}/{call.path['id']}/{call.path['name']}"


def current(call: Call) -> dict[str, Any] | None:
    """The live state, or None when absent or expired (an expired state is removed)."""
    record = call.store.get(STATES, state_key(call))
    if record is None:
        return None
    expires = record.get("expiresAt")
    if expires is not None and expires <= time.time() * 1000:
        call.store.delete(STATES, state_key(call))
        return None
    return dict(record["state"])


def save(call: Call, state: dict[str, Any], expiry: Any) -> None:
    expires = time.time() * 1000 + float(expiry) if expiry is not None else None
    call.store.put(STATES, state_key(call), {"state": state, "expiresAt": expires})


def fresh_state(call: Call, payload: dict[str, Any]) -> dict[str, Any]:
    kind, owner = str(call.path["type"]), str(call.path["id"])
    stamp = now()
    state: dict[str, Any] = {
        "id": new_id(call.store, "state_"),
        "createdAt": stamp,
        "updatedAt": stamp,
        "botId": call.headers.get("x-bot-id", ""),
        "name": str(call.path["name"]),
        "type": kind,
        "payload": payload,
    }
    if kind == "conversation":
        state["conversationId"] = owner
    if kind == "user":
        state["userId"] = owner
    return state


class _StateBehaviour(Unbound):
    """The state operations: they need nothing from their operation before a call."""


@dataclass
class GetState(_StateBehaviour):
    def __call__(self, call: Call) -> Reply:
        state = current(call)
        if state is None:
            raise not_found(f"State {state_key(call)}")
        # The mock has no cache: every read comes from the store (`StateMeta`).
        return call.op.success_status, {"state": state, "meta": {"cached": False}}


@dataclass
class SetState(_StateBehaviour):
    """Override the payload (a null payload clears it); create the state when absent."""

    def __call__(self, call: Call) -> Reply:
        payload = call.body.get("payload") or {}
        state = current(call)
        if state is None:
            state = fresh_state(call, payload)
        else:
            state.update(payload=payload, updatedAt=now())
        save(call, state, call.body.get("expiry"))
        return call.op.success_status, {"state": state}


@dataclass
class GetOrSetState(_StateBehaviour):
    def __call__(self, call: Call) -> Reply:
        state = current(call)
        if state is None:
            state = fresh_state(call, call.body.get("payload") or {})
            save(call, state, call.body.get("expiry"))
        return call.op.success_status, {"state": state, "meta": {"cached": False}}


@dataclass
class PatchState(_StateBehaviour):
    """Change only the payload keys given (shallow merge); 404 when the state is absent."""

    def __call__(self, call: Call) -> Reply:
        record = call.store.get(STATES, state_key(call))
        state = current(call)
        if state is None or record is None:
            raise not_found(f"State {state_key(call)}")
        state.update(payload={**state["payload"], **call.body["payload"]}, updatedAt=now())
        call.store.put(STATES, state_key(call), {**record, "state": state})
        return call.op.success_status, {"state": state}


BEHAVIOURS: dict[str, Behaviour] = {
    "getState": GetState(),
    "setState": SetState(),
    "getOrSetState": GetOrSetState(),
    "patchState": PatchState(),
}
