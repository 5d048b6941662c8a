"""Hand-coded YAML: every kind of bad input gets one clear message (file, line, what to do),
exit code 2, and leaves the store exactly as it was."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.handcoded import load_statements
from tests.conftest import SEED_TEXT, SEED_YAML, run_kg

GOOD = """article:
  id: bad-input-test
  text_file: {text}
  language: ar
statements:
  - id: m1
    type: meeting
    participants: [Ali Mamlouk, هاكان فيدان]
    sponsors: [Russia]
    status: reported
    evidence:
      - "برعاية روسيّة"
"""


def write(tmp_path: Path, body: str, name: str = "case.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body.replace("{text}", str(SEED_TEXT)), encoding="utf-8")
    return path


def quads(store: Path) -> int:
    from kg import KnowledgeGraph

    with KnowledgeGraph.open(store, create=False) as kg:
        return kg.quad_count()


def test_good_file_loads_with_offsets(tmp_path):
    st = load_statements(write(tmp_path, GOOD))
    ev = st.statements[0].evidence[0]
    assert SEED_TEXT.read_text(encoding="utf-8")[ev.start:ev.end] == "برعاية روسيّة"
    assert st.statements[0].participants == ["ali-mamlouk", "hakan-fidan"]


BAD_CASES = {
    "malformed-yaml": (GOOD.replace("    status: reported", "    status: [reported"), ["malformed YAML", ":"]),
    "unknown-actor": (GOOD.replace("Ali Mamlouk,", "Ali Mamlook,"), ["unknown actor 'Ali Mamlook'", "did you mean", "Ali Mamlouk", ":8"]),
    "one-participant": (GOOD.replace("[Ali Mamlouk, هاكان فيدان]", "[Ali Mamlouk]"), ["at least two", "participants"]),
    "same-participant-twice": (GOOD.replace("[Ali Mamlouk, هاكان فيدان]", "[Ali Mamlouk, علي مملوك]"), ["at least two"]),
    "quote-not-found": (GOOD.replace("برعاية روسيّة", "برعاية أمريكية"), ["quote not found", ":12"]),
    "denial-unknown-id": (GOOD + """  - id: d1
    type: denial
    denier: Mevlut Cavusoglu
    denies: m9
    evidence: ["الأخبار المتداولة غير صحيحة"]
""", ["no meeting or mediation with local id 'm9'", "known ids: m1", ":16"]),
    "unknown-type": (GOOD.replace("type: meeting", "type: meetign"), ["unknown statement type", "meeting, mediation or denial"]),
    "bad-status": (GOOD.replace("status: reported", "status: rumoured"), ["status"]),
    "typed-denied": (GOOD.replace("status: reported", "status: denied"), ["'denied' is not typed by hand"]),
    "bad-date": (GOOD.replace("    status: reported", "    status: reported\n    date: 2022-13-40"), ["not a real date"]),
    "missing-article-text": (GOOD.replace("  text_file: {text}\n", "  text_file: nowhere.txt\n"), ["article text not found"]),
    "duplicate-id": (GOOD + GOOD.split("statements:\n", 1)[1], ["duplicate id 'm1'"]),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_bad_input_is_refused_and_store_unchanged(tmp_path, seed_store, case):
    body, expected = BAD_CASES[case]
    path = write(tmp_path, body)
    before = quads(seed_store)
    result = run_kg("--store", str(seed_store), "add", str(SEED_YAML), str(path))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert str(path) in result.stderr
    for fragment in expected:
        assert fragment in result.stderr, (fragment, result.stderr)
    assert quads(seed_store) == before


def test_readd_is_idempotent(seed_store):
    before = quads(seed_store)
    assert run_kg("--store", str(seed_store), "add", str(SEED_YAML)).returncode == 0
    assert quads(seed_store) == before


def test_same_article_id_in_two_files_is_refused(tmp_path, store):
    a = write(tmp_path, GOOD, "a.yaml")
    b = write(tmp_path, GOOD, "b.yaml")
    result = run_kg("--store", str(store), "add", str(a), str(b))
    assert result.returncode == 2
    assert "also used by" in result.stderr


def test_local_actor_is_introduced_by_the_article(tmp_path, store):
    body = GOOD.replace("statements:", """actors:
  - name: Test Envoy
    name_ar: مبعوث تجريبي
    type: person
    affiliation: russia
    title: {en: Special envoy, ar: مبعوث خاص}
statements:""").replace("sponsors: [Russia]", "mediators: [Test Envoy]")
    path = write(tmp_path, body)
    assert run_kg("--store", str(store), "add", str(path)).returncode == 0
    result = run_kg("--store", str(store), "query", "-f", "csv", "-",
                    input='SELECT ?l WHERE { ?m dip:mediator ?a . ?a rdfs:label ?l ; dip:affiliation ?r . ?r rdfs:label "Russia"@en }')
    assert "Test Envoy" in result.stdout and "مبعوث تجريبي" in result.stdout


def test_local_actor_already_in_gazetteer_is_taken_from_it(tmp_path, store):
    body = GOOD.replace("statements:", """actors:
  - id: hakan-fidan
    name: Hakan Fidan
    type: person
statements:""")
    path = write(tmp_path, body)
    st = load_statements(path)
    assert st.actors == []
    assert st.statements[0].participants == ["ali-mamlouk", "hakan-fidan"]


@pytest.mark.parametrize("declared,named", [
    # by the same canonical name under another id: two files that named one actor under two ids
    # cannot both match the gazetteer's id
    ("  - id: fidan\n    name: Hakan Fidan\n    type: person\n    aliases: {en: [Fidan], ar: []}", "Hakan Fidan"),
    # by one of its full names: written when the gazetteer lacked him, under a shorter name
    ("  - id: abu-hakan\n    name: Abu Hakan\n    type: person\n    aliases: {en: [Hakan Fidan, Abu Hakan al-Turki], ar: []}",
     "Abu Hakan al-Turki"),
])
def test_local_actor_the_gazetteer_has_learned_under_another_id_is_taken_from_it(tmp_path, declared, named):
    body = GOOD.replace("statements:", f"actors:\n{declared}\nstatements:").replace(
        "participants: [Ali Mamlouk, هاكان فيدان]", f"participants: [Ali Mamlouk, {named}]")
    st = load_statements(write(tmp_path, body))
    assert st.actors == []
    assert st.statements[0].participants == ["ali-mamlouk", "hakan-fidan"]


def test_local_actor_of_another_type_with_a_gazetteer_name_is_still_refused(tmp_path):
    body = GOOD.replace("statements:", """actors:
  - id: fidan-group
    name: Hakan Fidan
    type: organization
statements:""")
    with pytest.raises(Exception, match="belongs to both"):
        load_statements(write(tmp_path, body))
