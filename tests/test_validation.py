"""Tests of common/validation.py: Dutch identifiers, RFC 3339 dates and absolute URLs.

Every BSN/RSIN used below was checked by hand against the 11-proef
(9*d1 + 8*d2 + ... + 2*d8 - 1*d9, a multiple of 11):

    111222333 -> 66  = 6*11   valid
    123456782 -> 154 = 14*11  valid
    999993653 -> 352 = 32*11  valid
    999999990 -> 396 = 36*11  valid
    100000009 -> 0            valid (only all-zero is excluded)
    002564440 -> 110 = 10*11  valid
    001234567 -> 70           invalid (70 % 11 == 4)
    123456789 -> 147          invalid (147 % 11 == 4)
    111222334 -> 65           invalid (65 % 11 == 10)
    002564441 -> 109          invalid (109 % 11 == 10)
"""

from datetime import date, datetime, timedelta, timezone

import pytest

from common.validation import (
    elfproef,
    parse_date,
    parse_datetime,
    validate_absolute_url,
    validate_bsn,
    validate_kvk_nummer,
    validate_rsin,
    validate_vestigingsnummer,
)


def _elfproef_total(value: str) -> int:
    """Independent computation of the 11-proef sum, to double-check the fixtures."""
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(value, weights, strict=True))


VALID_ELFPROEF = ["111222333", "123456782", "999993653", "999999990", "100000009", "002564440"]
INVALID_CHECKSUM = ["001234567", "123456789", "111222334", "002564441"]

# Not 9 ASCII digits: wrong length, letters, whitespace, other digit scripts, empty.
MALFORMED_9 = [
    "",
    "11122233",  # 8 digits
    "1112223330",  # 10 digits
    "11122233a",
    "abcdefghi",
    "111-22-333",
    " 111222333",
    "111222333 ",
    "111 222 333",
    "11122233 ",  # 9 characters, one of them a space
    "\t11122233",
    "１１１２２２３３３",  # full-width digits
    "١١١٢٢٢٣٣٣",  # Arabic-Indic digits
    "+11222333",
    "-11222333",
]

NOT_A_STRING = [None, 111222333, 111222333.0, b"111222333", ["111222333"], ("1",) * 9]


# --------------------------------------------------------------------------- elfproef


@pytest.mark.parametrize("value", VALID_ELFPROEF)
def test_fixture_values_really_pass_the_elfproef(value):
    assert _elfproef_total(value) % 11 == 0


@pytest.mark.parametrize("value", INVALID_CHECKSUM)
def test_fixture_values_really_fail_the_elfproef(value):
    assert _elfproef_total(value) % 11 != 0


@pytest.mark.parametrize("value", VALID_ELFPROEF)
def test_elfproef_true(value):
    assert elfproef(value) is True


@pytest.mark.parametrize("value", [*INVALID_CHECKSUM, "000000000"])
def test_elfproef_false(value):
    assert elfproef(value) is False


# --------------------------------------------------------------------------- BSN / RSIN


@pytest.mark.parametrize("validate", [validate_bsn, validate_rsin], ids=["bsn", "rsin"])
class TestBsnRsin:
    @pytest.mark.parametrize("value", VALID_ELFPROEF)
    def test_valid_is_returned_unchanged(self, validate, value):
        assert validate(value) == value

    @pytest.mark.parametrize("value", INVALID_CHECKSUM)
    def test_invalid_checksum(self, validate, value):
        with pytest.raises(ValueError, match="elfproef"):
            validate(value)

    def test_all_zero_is_refused(self, validate):
        # 000000000 sums to 0 (a multiple of 11) but is explicitly excluded.
        with pytest.raises(ValueError, match="elfproef"):
            validate("000000000")

    @pytest.mark.parametrize("value", MALFORMED_9)
    def test_malformed(self, validate, value):
        with pytest.raises(ValueError, match="precies 9 cijfers"):
            validate(value)

    @pytest.mark.parametrize("value", NOT_A_STRING, ids=repr)
    def test_not_a_string(self, validate, value):
        with pytest.raises(ValueError, match="precies 9 cijfers"):
            validate(value)

    def test_trailing_newline_gets_the_readable_reason(self, validate):
        with pytest.raises(ValueError, match="precies 9 cijfers"):
            validate("11122233\n")

    def test_trailing_newline_is_at_least_refused(self, validate):
        with pytest.raises(ValueError):
            validate("11122233\n")


def test_bsn_and_rsin_name_themselves_in_the_message():
    with pytest.raises(ValueError, match="BSN"):
        validate_bsn("123")
    with pytest.raises(ValueError, match="RSIN"):
        validate_rsin("123")
    with pytest.raises(ValueError, match="Dit BSN"):
        validate_bsn("123456789")
    with pytest.raises(ValueError, match="Dit RSIN"):
        validate_rsin("123456789")


# --------------------------------------------------------------------------- KvK-nummer


@pytest.mark.parametrize("value", ["12345678", "00000000", "69599084", "99999999"])
def test_kvk_nummer_valid(value):
    assert validate_kvk_nummer(value) == value


@pytest.mark.parametrize(
    "value",
    [
        "",
        "1234567",  # 7
        "123456789",  # 9
        "1234567a",
        "KVK12345",
        " 12345678",
        "12345678 ",
        "1234 5678",
        "１２３４５６７８",
        "1234-567",
        None,
        12345678,
        b"12345678",
    ],
    ids=repr,
)
def test_kvk_nummer_invalid(value):
    with pytest.raises(ValueError, match="KvK-nummer bestaat uit precies 8 cijfers"):
        validate_kvk_nummer(value)


def test_kvk_nummer_trailing_newline_refused():
    with pytest.raises(ValueError):
        validate_kvk_nummer("1234567\n")


# --------------------------------------------------------------------------- vestigingsnummer


@pytest.mark.parametrize("value", ["000012345678", "123456789012", "999999999999"])
def test_vestigingsnummer_valid(value):
    assert validate_vestigingsnummer(value) == value


@pytest.mark.parametrize(
    "value",
    [
        "",
        "12345678901",  # 11
        "1234567890123",  # 13
        "12345678901a",
        " 12345678901",
        "123456 789012",
        "12345678",  # a KvK-nummer is not a vestigingsnummer
        None,
        123456789012,
    ],
    ids=repr,
)
def test_vestigingsnummer_invalid(value):
    with pytest.raises(ValueError, match="vestigingsnummer bestaat uit precies 12 cijfers"):
        validate_vestigingsnummer(value)


def test_vestigingsnummer_trailing_newline_refused():
    with pytest.raises(ValueError):
        validate_vestigingsnummer("12345678901\n")


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-01-31", date(2026, 1, 31)),
        ("2024-02-29", date(2024, 2, 29)),  # leap year
        ("2000-02-29", date(2000, 2, 29)),  # divisible by 400
        ("0001-01-01", date(1, 1, 1)),
        ("9999-12-31", date(9999, 12, 31)),
    ],
)
def test_parse_date_valid(value, expected):
    result = parse_date(value)
    assert result == expected
    assert type(result) is date


@pytest.mark.parametrize(
    "value",
    [
        "2026-02-30",
        "2026-02-29",  # 2026 is no leap year
        "1900-02-29",  # divisible by 100, not by 400
        "2026-04-31",
        "2026-13-01",
        "2026-00-10",
        "2026-01-00",
        "0000-01-01",
    ],
)
def test_parse_date_impossible(value):
    with pytest.raises(ValueError, match="geen bestaande datum"):
        parse_date(value)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "2026-1-31",
        "2026-01-1",
        "26-01-31",
        "20260131",
        "31-01-2026",
        "2026/01/31",
        "2026-01-31 ",
        " 2026-01-31",
        "2026-W05-6",
        "2026-031",
        "vandaag",
        # a date-time is not a date
        "2026-01-31T12:00:00Z",
        "2026-01-31T00:00:00",
        "2026-01-31 00:00",
    ],
)
def test_parse_date_wrong_format(value):
    with pytest.raises(ValueError, match="JJJJ-MM-DD"):
        parse_date(value)


@pytest.mark.parametrize(
    "value",
    [None, 20260131, date(2026, 1, 31), datetime(2026, 1, 31), b"2026-01-31"],
    ids=repr,
)
def test_parse_date_not_a_string(value):
    with pytest.raises(ValueError, match="JJJJ-MM-DD"):
        parse_date(value)


@pytest.mark.parametrize("value", ["2026-01-31\n", "٢٠٢٦-٠١-٣١"], ids=repr)
def test_parse_date_odd_input_is_refused(value):
    # Gets past the regex ('$' before newline, '\d' matches any Unicode digit) but
    # date.fromisoformat still refuses it.
    with pytest.raises(ValueError):
        parse_date(value)


# --------------------------------------------------------------------------- date-times

UTC = timezone.utc
CET = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-01-31T12:00:00Z", datetime(2026, 1, 31, 12, tzinfo=UTC)),
        ("2026-01-31t12:00:00z", datetime(2026, 1, 31, 12, tzinfo=UTC)),
        ("2026-01-31 12:00:00Z", datetime(2026, 1, 31, 12, tzinfo=UTC)),
        ("2026-01-31T12:00:00+01:00", datetime(2026, 1, 31, 12, tzinfo=CET)),
        ("2026-01-31T12:00:00+00:00", datetime(2026, 1, 31, 12, tzinfo=UTC)),
        ("2026-01-31T12:00:00-00:00", datetime(2026, 1, 31, 12, tzinfo=UTC)),
        (
            "2026-01-31T12:00:00-05:30",
            datetime(2026, 1, 31, 12, tzinfo=timezone(-timedelta(hours=5, minutes=30))),
        ),
        ("2026-01-31T12:00:00.5Z", datetime(2026, 1, 31, 12, 0, 0, 500000, tzinfo=UTC)),
        ("2026-01-31T12:00:00.123Z", datetime(2026, 1, 31, 12, 0, 0, 123000, tzinfo=UTC)),
        (
            "2026-01-31T12:00:00.123456+01:00",
            datetime(2026, 1, 31, 12, 0, 0, 123456, tzinfo=CET),
        ),
        ("2024-02-29T23:59:59Z", datetime(2024, 2, 29, 23, 59, 59, tzinfo=UTC)),
        ("2026-01-31T00:00:00Z", datetime(2026, 1, 31, tzinfo=UTC)),
    ],
)
def test_parse_datetime_with_offset(value, expected):
    result = parse_datetime(value)
    assert result == expected
    assert result.utcoffset() == expected.utcoffset()
    # an explicit offset is accepted just the same when one is required
    assert parse_datetime(value, require_offset=True) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-01-31T12:00:00", datetime(2026, 1, 31, 12, tzinfo=UTC)),
        ("2026-01-31 12:00:00", datetime(2026, 1, 31, 12, tzinfo=UTC)),
        ("2026-01-31T12:00:00.250", datetime(2026, 1, 31, 12, 0, 0, 250000, tzinfo=UTC)),
    ],
)
def test_parse_datetime_naive_is_taken_as_utc(value, expected):
    result = parse_datetime(value)
    assert result == expected
    assert result.tzinfo is not None
    assert result.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    "value", ["2026-01-31T12:00:00", "2026-01-31 12:00:00", "2026-01-31T12:00:00.250"]
)
def test_parse_datetime_naive_refused_when_offset_required(value):
    with pytest.raises(ValueError, match="tijdzone"):
        parse_datetime(value, require_offset=True)


def test_parse_datetime_always_returns_aware():
    for value in ("2026-01-31T12:00:00", "2026-01-31T12:00:00Z", "2026-01-31T12:00:00+02:00"):
        assert parse_datetime(value).tzinfo is not None


@pytest.mark.parametrize(
    "value",
    [
        "2026-02-30T12:00:00Z",  # impossible date
        "2026-01-31T24:00:00Z",
        "2026-01-31T25:00:00Z",
        "2026-01-31T12:60:00Z",
        "2026-01-31T12:00:61Z",
        "2026-01-31T12:00:00+24:00",  # offset out of range
        "2026-01-31T12:00:00+23:60",
    ],
)
def test_parse_datetime_impossible(value):
    with pytest.raises(ValueError, match="geen bestaand tijdstip"):
        parse_datetime(value)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "garbage",
        "2026-01-31",  # a date is not a date-time
        "2026-01-31T12:00Z",  # no seconds
        "2026-01-31T12Z",
        "2026-01-31T12:00:00.Z",  # empty fraction
        "2026-01-31T12:00:00.1234567Z",  # more than 6 fraction digits
        "2026-01-31T12:00:00+01",  # offset without minutes
        "2026-01-31T12:00:00+0100",  # offset without colon
        "2026-01-31T12:00:00 +01:00",
        "2026-01-31T12:00:00UTC",
        "2026-01-31T12:00:00ZZ",
        "2026-01-31_12:00:00Z",
        "20260131T120000Z",
        " 2026-01-31T12:00:00Z",
        "2026-01-31T12:00:00Z ",
        "31-01-2026T12:00:00Z",
        "2026-1-31T12:00:00Z",
    ],
)
def test_parse_datetime_wrong_format(value):
    with pytest.raises(ValueError, match="RFC 3339"):
        parse_datetime(value)


@pytest.mark.parametrize(
    "value",
    [None, 1769860800, datetime(2026, 1, 31, 12, tzinfo=UTC), b"2026-01-31T12:00:00Z"],
    ids=repr,
)
def test_parse_datetime_not_a_string(value):
    with pytest.raises(ValueError, match="RFC 3339"):
        parse_datetime(value)


def test_parse_datetime_require_offset_is_keyword_only():
    with pytest.raises(TypeError):
        parse_datetime("2026-01-31T12:00:00Z", True)  # noqa: FBT003


@pytest.mark.parametrize("value", ["2026-01-31T12:00:00Z\n", "2026-01-31T12:00:00\n"], ids=repr)
def test_parse_datetime_trailing_newline_is_refused(value):
    with pytest.raises(ValueError):
        parse_datetime(value)


# --------------------------------------------------------------------------- URLs


@pytest.mark.parametrize(
    "value",
    [
        "http://example.com",
        "https://example.com",
        "https://example.com/",
        "https://zaken.example.nl/api/v1/zaken/5a7e9c3e-0000-4000-8000-000000000001",
        "https://example.com:8443/path?query=1&x=y#fragment",
        "http://localhost:8000/catalogi/api/v1/zaaktypen",
        "http://127.0.0.1/x",
        "http://[::1]:8080/x",
        "https://user:secret@example.com/x",
        "HTTPS://EXAMPLE.COM/X",  # scheme is case-insensitive
        "https://example.com/a%20b",
    ],
)
def test_absolute_url_valid(value):
    assert validate_absolute_url(value) == value


@pytest.mark.parametrize(
    "value",
    [
        "/api/v1/zaken/1",  # relative
        "zaken/1",
        "//example.com/x",  # scheme-relative
        "example.com",
        "ftp://example.com/file",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "mailto:info@example.com",
        "urn:uuid:5a7e9c3e-0000-4000-8000-000000000001",
        "http:example.com",  # no authority
        "http:///path",  # empty host
        "https://:443/path",  # port but no host
        "http://",
    ],
)
def test_absolute_url_not_absolute_http(value):
    with pytest.raises(ValueError, match="absolute URL"):
        validate_absolute_url(value)


@pytest.mark.parametrize(
    "value",
    [
        "https://example.com/a b",
        " https://example.com",
        "https://example.com ",
        "https://exa mple.com",
        "https://example.com/\tx",
        "https://example.com/\nx",
        "https://example.com/\u00a0x",  # no-break space
        "https://example.com/\u3000x",  # ideographic space
    ],
    ids=repr,
)
def test_absolute_url_with_whitespace(value):
    with pytest.raises(ValueError, match="spaties"):
        validate_absolute_url(value)


@pytest.mark.parametrize(
    "value",
    [
        "https://example.com:abc/x",
        "https://example.com:99999/x",
        "https://example.com:65536/x",
        "https://example.com:-1/x",
        "https://example.com:80:80/x",
    ],
)
def test_absolute_url_bad_port(value):
    with pytest.raises(ValueError, match="poort"):
        validate_absolute_url(value)


@pytest.mark.parametrize("port", ["0", "1", "80", "65535"])
def test_absolute_url_port_in_range(port):
    value = f"https://example.com:{port}/x"
    assert validate_absolute_url(value) == value


def test_absolute_url_malformed_ipv6_is_refused():
    with pytest.raises(ValueError):
        validate_absolute_url("http://[::1/x")


def _url_of_length(n: int) -> str:
    prefix = "https://example.com/"
    return prefix + "a" * (n - len(prefix))


def test_absolute_url_length_limit_default():
    assert validate_absolute_url(_url_of_length(1000)) == _url_of_length(1000)
    with pytest.raises(ValueError, match="hoogstens 1000 tekens"):
        validate_absolute_url(_url_of_length(1001))


def test_absolute_url_length_limit_custom():
    assert validate_absolute_url(_url_of_length(50), max_length=50) == _url_of_length(50)
    with pytest.raises(ValueError, match="hoogstens 50 tekens"):
        validate_absolute_url(_url_of_length(51), max_length=50)


@pytest.mark.parametrize("value", ["", None, 42, b"https://example.com"], ids=repr)
def test_absolute_url_empty_or_not_a_string(value):
    with pytest.raises(ValueError, match="hoogstens"):
        validate_absolute_url(value)


def test_absolute_url_leading_control_character_refused():
    with pytest.raises(ValueError):
        validate_absolute_url("\x01https://example.com/x")


def test_absolute_url_nul_character_refused():
    with pytest.raises(ValueError):
        validate_absolute_url("https://exa\x00mple.com/x")
