"""API.md "Evolution": an enumeration value this client does not know never makes a reply an error.

Every enumeration field of every reply model is found by walking the models' annotations, so a new
enum field declared as a plain Literal (without `open_enum`) fails here. Each is checked through every
way a reply is validated: the model, an entity check (live look-ups, push results), and a page of
changes in both its parsers.
"""

from __future__ import annotations

import json
import logging
import types
import typing
from typing import Any, Literal

import pytest
from pydantic import BaseModel

from clerk_app.api import models
from clerk_app.api.models import ENTITY_KEYS, ENTITY_MODELS, ChangesPage, Reply, forget_noted, validate_entity

NEW_VALUE = "zz_new_value"
# Enumerations of the protocol itself, not of the data: an unknown value there cannot be acted on
# safely, so it stays an error (the sync retries later and loses nothing). Each with why.
CLOSED = {
    ("TokenPair", "token_type"): "a token of another type cannot be sent as Bearer",
    ("Change", "op"): "an unknown op on a known entity cannot be applied or skipped without losing it",
    ("Change", "entity"): "a change of an unknown kind is skipped as a whole (tested below)",
    ("MutationResult", "status"): "whether an action took effect cannot be guessed; the batch is retried",
}

Path = tuple[str, ...]  # field names (by alias), "[]" for a list's item


def _reply_models() -> list[type[BaseModel]]:
    found, todo = [], [Reply]
    while todo:
        model = todo.pop()
        for sub in model.__subclasses__():
            if sub.__module__ == models.__name__ and sub not in found:
                found.append(sub)
                todo.append(sub)
    return sorted(found, key=lambda m: m.__name__)


def _strip(annotation: Any) -> Any:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation


def _is_enum(annotation: Any) -> bool:
    annotation = _strip(annotation)
    if typing.get_origin(annotation) is Literal:
        return True
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return any(typing.get_origin(_strip(a)) is Literal for a in typing.get_args(annotation))
    return False


def _fields(model: type[BaseModel]) -> list[tuple[str, Any]]:
    return [(info.alias or name, info.annotation) for name, info in model.model_fields.items()]


def _model_enum_paths(model: type[BaseModel], path: Path = ()) -> list[Path]:
    return [p for name, ann in _fields(model) if (model.__name__, name) not in CLOSED
            for p in _enum_paths(ann, (*path, name))]


def _enum_paths(annotation: Any, path: Path) -> list[Path]:
    annotation = _strip(annotation)
    if _is_enum(annotation):
        return [path]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _model_enum_paths(annotation, path)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is list:
        return _enum_paths(args[0], (*path, "[]"))
    if origin in (typing.Union, types.UnionType):
        return [p for a in args if a is not type(None) for p in _enum_paths(a, path)]
    return []


def _sample(annotation: Any) -> Any:
    """A valid value of `annotation` (nested models filled in, optional ones too, lists of one)."""
    annotation = _strip(annotation)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is Literal:
        return args[0]
    if origin in (typing.Union, types.UnionType):
        choices = [_strip(a) for a in args if a is not type(None)]
        literal = [a for a in choices if typing.get_origin(a) is Literal]
        return _sample((literal or choices)[0])
    if origin is list:
        return [_sample(args[0])]
    if origin is dict:
        return {} if args[1] is Any else {"k": _sample(args[1])}
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return {name: _sample(ann) for name, ann in _fields(annotation)}
    return {str: "x", int: 1, float: 1.5, bool: True}[annotation]


def _set(data: Any, path: Path, value: Any) -> None:
    head, rest = path[0], path[1:]
    if head == "[]":
        for item in data:
            _set(item, rest, value) if rest else None
        if not rest:
            data[:] = [value]
        return
    if rest:
        _set(data[head], rest, value)
    else:
        data[head] = value


def _get(data: Any, path: Path) -> Any:
    for step in path:
        data = data[0] if step == "[]" else (data[step] if isinstance(data, dict) else getattr(data, step))
    return data


CASES = [(model, path) for model in _reply_models() for path in _model_enum_paths(model)]
ENTITY_KIND = {model: kind for kind, model in ENTITY_MODELS.items()}


def test_the_walk_finds_the_enumerations_api_md_lists():
    found = {(m.__name__, ".".join(p)) for m, p in CASES}
    for expected in [("Order", "channel"), ("Order", "status"), ("Order", "fulfillment"), ("Cart", "channel"),
                     ("Customer", "loyalty_tier"), ("Customer", "stats.channels_used.[]"), ("Staff", "role"),
                     ("Pickup", "status"), ("Pickup", "notifications.[].kind"), ("Pickup", "handover.id_check")]:
        assert expected in found
    # Each protocol enumeration kept closed exists, so this list cannot rot.
    for model_name, field in CLOSED:
        model = getattr(models, model_name)
        assert field in model.model_fields and _is_enum(model.model_fields[field].annotation)


@pytest.mark.parametrize("model,path", CASES, ids=[f"{m.__name__}.{'.'.join(p)}" for m, p in CASES])
def test_an_unknown_enumeration_value_is_kept_and_noted_once(model, path, caplog):
    forget_noted()
    data = _sample(model)
    model.model_validate(data)  # the sample itself is valid
    _set(data, path, NEW_VALUE)

    with caplog.at_level(logging.INFO, logger=models.__name__):
        assert _get(model.model_validate(data), path) == NEW_VALUE
        model.model_validate(data)
        kind = ENTITY_KIND.get(model)
        if kind is not None:
            validate_entity(kind, data)
            data[ENTITY_KEYS.get(kind, "id")] = "e1"
            page = {"changes": [{"seq": 1, "entity": kind, "id": "e1", "op": "upsert", "version": 1, "data": data}],
                    "next_cursor": "c1", "has_more": False, "device_last_seq": 0}
            for parsed in (ChangesPage.model_validate_json(json.dumps(page).encode()), ChangesPage.model_validate(page)):
                assert parsed is not None
                assert _get(parsed.raw_changes[0]["data"], path) == NEW_VALUE  # stored as the server spells it
    notes = [r for r in caplog.records if NEW_VALUE in r.getMessage()]
    assert len(notes) == 1, [r.getMessage() for r in caplog.records]


@pytest.mark.parametrize("model,path", CASES, ids=[f"{m.__name__}.{'.'.join(p)}" for m, p in CASES])
def test_an_enumeration_value_that_is_not_text_is_still_refused(model, path):
    data = _sample(model)
    _set(data, path, 5)
    with pytest.raises(ValueError):
        model.model_validate(data)


def test_a_note_never_quotes_a_value_that_is_not_a_name(caplog):
    forget_noted()
    data = _sample(models.Order)
    data["channel"] = "Sarah Smith <sarah.private@example.com>"
    with caplog.at_level(logging.INFO, logger=models.__name__):
        models.Order.model_validate(data)
    text = " ".join(r.getMessage() for r in caplog.records)
    assert "order.channel" in text and "sarah" not in text.lower()


def _page(*changes: dict[str, Any]) -> dict[str, Any]:
    return {"changes": list(changes), "next_cursor": "c9", "has_more": False, "device_last_seq": 3}


@pytest.mark.parametrize("parse", ["json", "dict"])
def test_a_change_of_an_unknown_entity_kind_is_skipped_and_the_cursor_moves_on(parse, caplog):
    forget_noted()
    order = {**_sample(models.Order), "id": "or_1"}
    page = _page({"seq": 1, "entity": "coupon", "id": "cp_1", "op": "upsert", "version": 1, "data": {"off": 5}},
                 {"seq": 2, "entity": "order", "id": "or_1", "op": "upsert", "version": 1, "data": order},
                 {"seq": 3, "entity": "coupon", "id": "cp_2", "op": "purge", "version": 1, "data": None})
    with caplog.at_level(logging.INFO, logger=models.__name__):
        parsed = (ChangesPage.model_validate_json(json.dumps(page).encode()) if parse == "json"
                  else ChangesPage.model_validate(page))
    assert [c["id"] for c in parsed.raw_changes] == ["or_1"]
    assert (parsed.next_cursor, parsed.device_last_seq) == ("c9", 3)
    assert len([r for r in caplog.records if "coupon" in r.getMessage()]) == 1


@pytest.mark.parametrize("parse", ["json", "dict"])
def test_a_known_kinds_broken_change_is_not_taken_for_an_unknown_kind(parse):
    order = {**_sample(models.Order), "id": "or_1", "total_cents": "12"}
    page = _page({"seq": 2, "entity": "order", "id": "or_1", "op": "upsert", "version": 1, "data": order})
    with pytest.raises(ValueError):
        if parse == "json":
            ChangesPage.model_validate_json(json.dumps(page).encode())
        else:
            ChangesPage.model_validate(page)
