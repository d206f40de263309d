"""Fetching pages ahead: `cursor_hint` reads a body's next cursor, `Prefetch` follows it, and hands out only what is asked for."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from clerk_app.sync.prefetch import Prefetch, cursor_hint


def _body(next_cursor: str, has_more: bool, changes: list | None = None) -> bytes:
    # As the reference server writes a page: the changes first, then the page's tail (with spaces).
    tail = json.dumps({"next_cursor": next_cursor, "has_more": has_more, "device_last_seq": 0})[1:]
    return ('{"changes":' + json.dumps(changes or []) + "," + tail).encode()


def test_the_hint_is_the_next_cursor_of_a_page_that_has_more():
    assert cursor_hint(_body("c7", True)) == "c7"
    assert cursor_hint(b'{"changes":[],"next_cursor":"c7","has_more":true,"device_last_seq":3}') == "c7"


@pytest.mark.parametrize("body", [
    _body("c7", False),  # the last page: nothing follows
    b'{"changes":[],"has_more":true}',  # no cursor
    b'{"changes":[],"next_cursor":"c7"}',  # no has_more
    b'{"next_cursor":"c7","has_more":true,"changes":[' + b'{"seq":1},' * 1000 + b'{"seq":2}]}',  # tail far from the end
    b"",
    b"\xff\xfe not json",
])
def test_no_hint_when_the_body_does_not_plainly_say(body):
    assert cursor_hint(body) is None


def test_the_hint_is_the_pages_own_cursor_not_one_inside_a_change():
    changes = [{"entity": "note", "data": {"body": 'a "next_cursor": "c999", "has_more": true'}}]
    assert cursor_hint(_body("c8", True, changes)) == "c8"


class Feed:
    """Page bodies by cursor (c1 -> c2 -> ... -> last), recording what was fetched and when."""

    def __init__(self, last: int, *, wrong_after: str | None = None) -> None:
        self.last = last
        self.fetched: list[str] = []
        self.changed = threading.Condition()
        self.failing: set[str] = set()
        self.wrong_after = wrong_after

    def fetch(self, cursor: str) -> bytes:
        with self.changed:
            self.fetched.append(cursor)
            self.changed.notify_all()
        if cursor in self.failing:
            raise OSError(f"connection reset fetching {cursor}")
        n = int(cursor[1:])
        following = "c900" if cursor == self.wrong_after else f"c{n + 1}"
        return _body(following, n + 1 <= self.last)

    def wait_for(self, count: int) -> list[str]:
        with self.changed:
            assert self.changed.wait_for(lambda: len(self.fetched) >= count, timeout=10), self.fetched
            return list(self.fetched)


@pytest.fixture
def executor():
    pool = ThreadPoolExecutor(max_workers=1)
    yield pool
    pool.shutdown(wait=True, cancel_futures=True)


def _settle(executor: ThreadPoolExecutor) -> None:
    # Every fetch submitted so far has run (one worker, in order) and followed its hint.
    for _ in range(3):
        executor.submit(lambda: None).result(timeout=10)


def test_it_fetches_up_to_depth_pages_ahead_by_following_each_hint(executor):
    feed = Feed(last=6)
    prefetch = Prefetch(executor, feed.fetch, depth=2)
    first = prefetch.take("c1")
    assert feed.wait_for(3) == ["c1", "c2", "c3"]  # c2 and c3 fetched before anyone asked
    _settle(executor)
    assert feed.fetched == ["c1", "c2", "c3"]  # and no further: two pages wait
    assert cursor_hint(first.result()) == "c2"

    assert prefetch.take("c2").result(timeout=10) == _body("c3", True)  # the body fetched ahead
    assert feed.wait_for(4)[3] == "c4"  # room again: the chain goes on
    for n in (3, 4, 5, 6):
        assert cursor_hint(prefetch.take(f"c{n}").result(timeout=10)) == (f"c{n + 1}" if n < 6 else None)
    _settle(executor)
    assert feed.fetched == ["c1", "c2", "c3", "c4", "c5", "c6"]  # each page once, none past the last
    prefetch.close()


def test_a_cursor_it_did_not_guess_is_fetched_then_and_the_guesses_are_dropped(executor):
    feed = Feed(last=999, wrong_after="c1")  # c1's body names a cursor that its checked page will not
    prefetch = Prefetch(executor, feed.fetch, depth=2)
    prefetch.take("c1").result(timeout=10)
    _settle(executor)
    assert feed.fetched == ["c1", "c900", "c901"]  # it followed the guess
    # The engine asks for the cursor its checked page named: that page is fetched now, and handed out.
    assert prefetch.take("c2").result(timeout=10) == _body("c3", True)
    _settle(executor)
    # The guesses were dropped: the chain goes on from c2, not from c901.
    assert feed.fetched == ["c1", "c900", "c901", "c2", "c3", "c4"]
    prefetch.close()


def test_a_failed_fetch_raises_for_the_engine_and_nothing_follows_it(executor):
    feed = Feed(last=5)
    feed.failing.add("c1")
    prefetch = Prefetch(executor, feed.fetch, depth=2)
    with pytest.raises(OSError, match="connection reset"):
        prefetch.take("c1").result(timeout=10)
    _settle(executor)
    assert feed.fetched == ["c1"]
    prefetch.close()


def test_after_close_nothing_more_is_fetched(executor):
    feed = Feed(last=50)
    prefetch = Prefetch(executor, feed.fetch, depth=2)
    prefetch.take("c1").result(timeout=10)
    prefetch.close()
    _settle(executor)
    count = len(feed.fetched)
    assert count <= 3  # c1 and at most the two fetched ahead before close
    _settle(executor)
    assert len(feed.fetched) == count
