"""Card payload signing and checking: genuine cards pass, anything else is a clean rejection."""

from __future__ import annotations

import string

import pytest
import qrcode
from hypothesis import given, settings
from hypothesis import strategies as st
from qrcode.constants import ERROR_CORRECT_M

from kiosk.core.card_codec import (
    MAX_INPUT_CHARS,
    MAX_PAYLOAD_CHARS,
    CardCodec,
    CardIdentity,
    CardRejected,
    RejectReason,
    generate_key,
)

KEY_A = bytes(range(32))
KEY_B = bytes(range(100, 132))
LONGEST_CARD = "ABCD-1234-EFGH-5678Z"  # 20 characters


def codec(**kwargs: object) -> CardCodec:
    params: dict[str, object] = {"keys": {"K1": KEY_A}, "signing_key_id": "K1"}
    params.update(kwargs)
    return CardCodec(**params)  # type: ignore[arg-type]


def reason_of(c: CardCodec, text: str) -> RejectReason:
    with pytest.raises(CardRejected) as info:
        c.decode(text)
    return info.value.reason


def test_round_trip_gives_the_card_number_and_key_id() -> None:
    c = codec()
    payload = c.encode("P-000123")
    assert c.decode(payload) == CardIdentity(card_number="P-000123", kind="signed", key_id="K1")


def test_payload_uses_only_upper_case_alphanumerics_and_hyphens() -> None:
    payload = codec().encode(LONGEST_CARD)
    assert set(payload) <= set(string.ascii_uppercase + string.digits + "-")
    assert payload.startswith("MK1-K1-")


@pytest.mark.parametrize("key_id", ["K1", "KEY2026B"])
def test_longest_card_number_fits_qr_version_3_at_level_m(key_id: str) -> None:
    payload = CardCodec({key_id: KEY_A}, key_id).encode(LONGEST_CARD)
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M)
    qr.add_data(payload)
    qr.make(fit=True)
    assert qr.version <= 3, (payload, qr.version)


def test_longest_possible_payload_is_max_payload_chars() -> None:
    payload = CardCodec({"KEY2026B": KEY_A}, "KEY2026B").encode(LONGEST_CARD)
    assert len(payload) == MAX_PAYLOAD_CHARS <= MAX_INPUT_CHARS


def test_different_card_numbers_and_keys_give_different_macs() -> None:
    c1 = codec()
    c2 = CardCodec({"K1": KEY_B}, "K1")
    mac = c1.encode("CARD-1").rsplit("-", 1)[1]
    assert mac != c1.encode("CARD-2").rsplit("-", 1)[1]
    assert mac != c2.encode("CARD-1").rsplit("-", 1)[1]


def test_every_single_character_change_is_rejected() -> None:
    c = codec()
    payload = c.encode(LONGEST_CARD)
    genuine = c.decode(payload)
    alphabet = string.ascii_uppercase + string.digits + "-._ "
    changes = 0
    for i, original in enumerate(payload):
        for replacement in alphabet:
            if replacement == original:
                continue
            changes += 1
            altered = payload[:i] + replacement + payload[i + 1 :]
            if altered.strip() == payload:
                # a space at either end is surrounding whitespace, not a change of the card
                assert c.decode(altered) == genuine
                continue
            with pytest.raises(CardRejected):
                c.decode(altered)
    assert changes == len(payload) * (len(alphabet) - 1)


def test_case_flip_from_caps_lock_reads_the_same_card_and_no_other() -> None:
    c = codec()
    payload = c.encode("ABC-123")
    assert c.decode(payload.lower()) == c.decode(payload)
    assert c.decode(payload.lower()).card_number == "ABC-123"


def test_tampered_card_number_with_valid_structure_is_forged() -> None:
    c = codec()
    payload = c.encode("CARD-0001")
    assert reason_of(c, payload.replace("CARD-0001", "CARD-0002")) is RejectReason.FORGED


def test_tampered_mac_is_forged() -> None:
    c = codec()
    payload = c.encode("CARD-0001")
    flipped = "A" if payload[-1] != "A" else "B"
    assert reason_of(c, payload[:-1] + flipped) is RejectReason.FORGED


def test_wrong_key_under_the_same_id_is_forged() -> None:
    other_library = CardCodec({"K1": KEY_B}, "K1")
    assert reason_of(codec(), other_library.encode("CARD-0001")) is RejectReason.FORGED


def test_retired_key_is_unknown_key_and_rotation_accepts_both() -> None:
    old = CardCodec({"OLD": KEY_A}, "OLD")
    rotated = CardCodec({"OLD": KEY_A, "NEW": KEY_B}, "NEW")
    retired = CardCodec({"NEW": KEY_B}, "NEW")
    old_card = old.encode("CARD-7")
    new_card = rotated.encode("CARD-8")
    assert rotated.decode(old_card).key_id == "OLD"
    assert rotated.decode(new_card).key_id == "NEW"
    assert retired.decode(new_card).card_number == "CARD-8"
    assert reason_of(retired, old_card) is RejectReason.UNKNOWN_KEY


def test_key_id_swap_is_rejected_even_when_both_keys_are_known() -> None:
    c = CardCodec({"K1": KEY_A, "K2": KEY_B}, "K1")
    payload = c.encode("CARD-9")
    assert reason_of(c, payload.replace("MK1-K1-", "MK1-K2-", 1)) is RejectReason.FORGED


@pytest.mark.parametrize("cut", [1, 5, 16, 17, 30])
def test_truncated_payload_is_rejected(cut: int) -> None:
    c = codec()
    payload = c.encode(LONGEST_CARD)
    assert reason_of(c, payload[:-cut]) in {RejectReason.MALFORMED, RejectReason.FORGED}


def test_every_prefix_of_a_payload_is_rejected() -> None:
    c = codec()
    payload = c.encode(LONGEST_CARD)
    for end in range(len(payload)):
        with pytest.raises(CardRejected):
            c.decode(payload[:end])


def test_over_long_input_is_malformed() -> None:
    c = codec()
    assert reason_of(c, c.encode("CARD-1") + "A" * MAX_INPUT_CHARS) is RejectReason.MALFORMED
    assert reason_of(c, "9" * 1_000_000) is RejectReason.MALFORMED


def test_appended_characters_are_rejected() -> None:
    c = codec()
    assert reason_of(c, c.encode("CARD-1") + "A") is RejectReason.MALFORMED


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01", "hello world", "MK1", "MK1-", "MK2-K1-A-"])
def test_garbage_is_malformed(text: str) -> None:
    assert reason_of(codec(), text) is RejectReason.MALFORMED


def test_non_text_input_is_malformed() -> None:
    c = codec()
    for value in (None, b"MK1-K1-X", 42):
        with pytest.raises(CardRejected) as info:
            c.decode(value)  # type: ignore[arg-type]
        assert info.value.reason is RejectReason.MALFORMED


def test_surrounding_whitespace_is_ignored() -> None:
    c = codec()
    assert c.decode("  " + c.encode("CARD-1") + "\r\n").card_number == "CARD-1"


def test_library_barcode_refused_unless_allowed() -> None:
    assert reason_of(codec(), "21234001234567") is RejectReason.NOT_ACCEPTED
    allowed = codec(accept_library_barcodes=True)
    assert allowed.decode("21234001234567") == CardIdentity(
        card_number="21234001234567", kind="library_barcode", key_id=None
    )
    assert reason_of(allowed, "2123400123456") is RejectReason.MALFORMED  # 13 digits


def test_custom_library_barcode_pattern() -> None:
    c = codec(accept_library_barcodes=True, library_barcode_pattern=r"LIB\d{6}")
    assert c.decode("LIB123456").card_number == "LIB123456"
    assert reason_of(c, "21234001234567") is RejectReason.MALFORMED


def test_pattern_matching_a_non_card_number_is_malformed() -> None:
    c = codec(accept_library_barcodes=True, library_barcode_pattern=r"\d{25}")
    assert reason_of(c, "1" * 25) is RejectReason.MALFORMED


def test_rejection_message_never_contains_the_card_number() -> None:
    c = codec(accept_library_barcodes=False)
    secret = "SECRET-4711"
    payload = c.encode(secret)
    texts = [
        payload[:-1] + ("A" if payload[-1] != "A" else "B"),
        CardCodec({"K9": KEY_B}, "K9").encode(secret),
        CardCodec({"K1": KEY_B}, "K1").encode(secret),
        secret,
        "21234001234567",
    ]
    for text in texts:
        with pytest.raises(CardRejected) as info:
            c.decode(text)
        assert secret not in str(info.value)
        assert "21234001234567" not in str(info.value)


@pytest.mark.parametrize(
    "card_number", ["", "lower", "WITH SPACE", "A" * 21, "ÄÖÜ", "CARD_1", "X\n"]
)
def test_encode_refuses_invalid_card_numbers(card_number: str) -> None:
    with pytest.raises(ValueError, match="card number"):
        codec().encode(card_number)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"keys": {"K1": b"short"}}, "at least 16 bytes"),
        ({"keys": {"k1": KEY_A}, "signing_key_id": "k1"}, "key id"),
        ({"keys": {"TOO-LONG-ID": KEY_A}, "signing_key_id": "TOO-LONG-ID"}, "key id"),
        ({"signing_key_id": "K2"}, "not among the card keys"),
        ({"library_barcode_pattern": "(["}, "not a valid regex"),
    ],
)
def test_constructor_refuses_bad_settings(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        codec(**kwargs)


def test_codec_without_keys_reads_no_signed_card_and_makes_none() -> None:
    keyless = CardCodec({}, "", accept_library_barcodes=True)
    assert reason_of(keyless, codec().encode("CARD-1")) is RejectReason.UNKNOWN_KEY
    assert keyless.decode("21234001234567").kind == "library_barcode"
    with pytest.raises(ValueError, match="no card signing key"):
        keyless.encode("CARD-1")


def test_generate_key_is_random_and_long_enough() -> None:
    first, second = generate_key(), generate_key()
    assert len(first) >= 16
    assert first != second
    c = CardCodec({"D": first}, "D")
    assert c.decode(c.encode("DEMO-1")).card_number == "DEMO-1"


card_numbers = st.text(
    alphabet=string.ascii_uppercase + string.digits + "-", min_size=1, max_size=20
)


@settings(max_examples=200, deadline=None)
@given(card_numbers)
def test_any_valid_card_number_round_trips(card_number: str) -> None:
    c = codec()
    assert c.decode(c.encode(card_number)).card_number == card_number


def _only_clean_outcomes(c: CardCodec, text: str) -> CardIdentity | None:
    try:
        identity = c.decode(text)
    except CardRejected as exc:
        assert isinstance(exc.reason, RejectReason)
        assert str(exc)
        return None
    assert isinstance(identity, CardIdentity)
    return identity


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_random_unicode_gives_only_a_clean_rejection(text: str) -> None:
    c = codec(accept_library_barcodes=True)
    identity = _only_clean_outcomes(c, text)
    if identity is not None:
        # only a 14-digit barcode can pass without a key
        assert identity.kind == "library_barcode"
        assert text.strip().isdigit()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_decoded_as_text_give_only_a_clean_rejection(raw: bytes) -> None:
    c = codec()
    assert _only_clean_outcomes(c, raw.decode("latin-1")) is None
    assert _only_clean_outcomes(c, raw.decode("utf-8", errors="surrogateescape")) is None


@settings(max_examples=200, deadline=None)
@given(card_numbers, st.integers(min_value=0, max_value=60), st.text(min_size=1, max_size=3))
def test_spliced_payloads_are_rejected_or_unchanged(card: str, at: int, junk: str) -> None:
    c = codec()
    payload = c.encode(card)
    at = min(at, len(payload))
    altered = payload[:at] + junk + payload[at:]
    identity = _only_clean_outcomes(c, altered)
    if identity is not None:
        # only surrounding whitespace or a case change can leave a genuine card readable
        assert identity.card_number == card
        assert altered.strip().upper() == payload


# -- kit labels -------------------------------------------------------------------------------


def test_kit_label_round_trip_and_fits_a_small_qr() -> None:
    import uuid

    from kiosk.core.card_codec import MAX_CODE_CHARS, MAX_LABEL_CHARS, is_kit_label

    c = CardCodec({"KEY2026B": KEY_A}, "KEY2026B")
    item = uuid.UUID("0190f000-1234-7abc-8def-0123456789ab")
    label = c.encode_kit_label(item)
    assert len(label) == MAX_LABEL_CHARS <= MAX_CODE_CHARS <= MAX_INPUT_CHARS
    assert is_kit_label(label) and not is_kit_label(c.encode("CARD-1"))
    assert c.decode_kit_label(label) == item
    assert c.decode_kit_label(" " + label.lower() + "\n") == item
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M)
    qr.add_data(label)
    qr.make(fit=True)
    assert qr.version <= 4, qr.version


def test_labels_and_cards_never_pass_as_each_other() -> None:
    import uuid

    c = codec()
    label = c.encode_kit_label(uuid.uuid4())
    card = c.encode("CARD-1")
    with pytest.raises(CardRejected) as info:
        c.decode(label)
    assert info.value.reason is RejectReason.KIT_LABEL
    with pytest.raises(CardRejected) as info:
        c.decode_kit_label(card)
    assert info.value.reason is RejectReason.PATRON_CARD
    # A card's MAC moved onto a label body (and the reverse) does not check.
    mac = card.rsplit("-", 1)[1]
    with pytest.raises(CardRejected) as info:
        c.decode_kit_label(label.rsplit("-", 1)[0] + "-" + mac)
    assert info.value.reason is RejectReason.FORGED


def test_forged_labels_are_refused() -> None:
    import uuid

    c = codec()
    item = uuid.uuid4()
    label = c.encode_kit_label(item)
    other_item = c.encode_kit_label(uuid.uuid4())
    spliced = "-".join([*label.split("-")[:2], other_item.split("-")[2], label.split("-")[3]])
    foreign = CardCodec({"K1": KEY_B}, "K1").encode_kit_label(item)
    unknown_key = CardCodec({"K9": KEY_A}, "K9").encode_kit_label(item)
    for text, reason in (
        (spliced, RejectReason.FORGED),
        (foreign, RejectReason.FORGED),
        (unknown_key, RejectReason.UNKNOWN_KEY),
        ("MKL1-K1-SHORT-AAAA", RejectReason.MALFORMED),
        ("hello", RejectReason.MALFORMED),
    ):
        with pytest.raises(CardRejected) as info:
            c.decode_kit_label(text)
        assert info.value.reason is reason, text
