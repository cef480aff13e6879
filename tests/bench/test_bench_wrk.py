"""The wrk side of `make bench`: its `--latency` output parsed, its Lua request script written."""

from __future__ import annotations

import pytest

from specbench.bench.wrk import WrkError, lua_string, parse, script

# wrk 4.1.0 (Debian) with --latency, one thread, against a mock answering some 404s.
OUTPUT = """\
Running 10s test @ http://127.0.0.1:8000/mock/botpress/v1/chat/users/user_1
  1 threads and 10 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     3.52ms  812.17us  21.40ms   91.20%
    Req/Sec     2.85k   150.31     3.01k    82.00%
  Latency Distribution
     50%    3.38ms
     75%  850.00us
     90%    1.02s
     99%    1.50m
  28391 requests in 10.01s, 9.53MB read
  Non-2xx or 3xx responses: 12
  Socket errors: connect 0, read 3, write 0, timeout 2
Requests/sec:   2836.31
Transfer/sec:      0.95MB
"""


def test_parse_reads_rate_totals_and_latency_in_milliseconds() -> None:
    result = parse(OUTPUT)
    assert result.requests == 28391
    assert result.seconds == pytest.approx(10.01)
    assert result.requests_per_second == pytest.approx(2836.31)
    assert result.latency_ms == pytest.approx(
        {"50": 3.38, "75": 0.85, "90": 1020.0, "99": 90_000.0}
    )


def test_parse_counts_non_2xx_answers_and_socket_errors() -> None:
    result = parse(OUTPUT)
    assert result.non_2xx == 12
    assert result.socket_errors == {"connect": 0, "read": 3, "write": 0, "timeout": 2}
    assert result.errors == 17


def test_parse_of_a_clean_run_has_no_errors() -> None:
    clean = "\n".join(
        line for line in OUTPUT.splitlines() if "Non-2xx" not in line and "Socket" not in line
    )
    assert parse(clean).errors == 0


def test_the_thread_stats_latency_line_is_not_the_distribution() -> None:
    # "Latency 3.52ms ..." (the mean) must not be read as a percentile.
    assert "Avg" not in parse(OUTPUT).latency_ms


def test_parse_fails_loudly_on_output_without_a_distribution() -> None:
    without = OUTPUT.split("  Latency Distribution")[0] + "Requests/sec:   10.00\n"
    with pytest.raises(WrkError, match="50% latency"):
        parse(without)


def test_lua_strings_escape_quotes_backslashes_and_non_ascii_bytes() -> None:
    assert lua_string('a"b\\c') == '"a\\034b\\092c"'
    assert lua_string("é\n") == '"\\195\\169\\010"'


def test_script_sets_method_headers_and_body() -> None:
    lua = script("POST", {"Authorization": "Bearer t"}, '{"name":"Ada"}')
    assert lua.splitlines() == [
        'wrk.method = "POST"',
        'wrk.headers["Authorization"] = "Bearer t"',
        'wrk.body = "{\\034name\\034:\\034Ada\\034}"',
    ]
    assert "wrk.body" not in script("GET", {})
