"""On whose word a figure rests: one figure credited to different bodies, and a short source
("the minister") read as the body its article names in full."""
from crosscheck.claims.extract import claims_of
from crosscheck.compare import compare_claims
from crosscheck.compare.sources import source_findings
from crosscheck.models import Article
from crosscheck.text import sentences_of


def _read(rows):
    """Articles, sentences and claims of (outlet, published, text) rows, one article per row."""
    articles = [Article(id=f"a{n}", outlet=outlet, title="", text=text, published=published, path=f"a{n}.md",
                        lang="ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en")
                for n, (outlet, published, text) in enumerate(rows)]
    sentences = [s for a in articles for s in sentences_of(a)[0]]
    return articles, sentences, claims_of(articles, sentences)


def _credited(rows):
    _, sentences, claims = _read(rows)
    figures = [c for c in claims if c.claim_type == "casualties"]
    return source_findings(figures, {s.key: s for s in sentences}, lambda claim: "story")


def test_a_bare_title_or_a_surname_is_the_body_its_article_names_in_full():
    _, _, claims = _read([
        ("Outlet A", "2024-03-02", "Health Minister Karim Nassar said 23 people were killed. "
                                   "Later the minister said 31 were wounded."),
        ("Outlet B", "2024-03-02", "قال وزير الصحة كريم نصار إن 23 شخصا قتلوا. وكان نصار قد أعلن إصابة 31."),
    ])
    assert {c.source: c.source_ids for c in claims if c.source} == {
        "Health Minister Karim Nassar": ("health ministry",), "minister": ("health ministry",),
        "وزير الصحة كريم نصار": ("health ministry",), "نصار": ("health ministry",)}


def test_a_short_source_two_bodies_could_be_names_none():
    _, _, claims = _read([("Outlet A", "2024-03-02",
                           "The health ministry said 23 were killed. The Red Crescent said 40 were wounded. "
                           "An official said 12 were missing.")])
    assert {c.source: c.source_ids for c in claims}["official"] == ()


ONE_FIGURE_TWO_BODIES = [
    ("Outlet A", "2024-03-02", "الهلال الأحمر أعلن صباح اليوم ارتفاع عدد القتلى إلى 58 قتيلا."),
    ("Outlet B", "2024-03-02", "The health ministry said the flood killed 58 people."),
    ("Outlet C", "2024-03-02", "قالت وزارة الصحة إن 58 شخصا لقوا حتفهم في الفيضان."),
]


def test_one_figure_credited_to_two_bodies_is_a_low_attribution_contradiction():
    [finding] = _credited(ONE_FIGURE_TWO_BODIES)
    assert (finding.kind, finding.claim_type, finding.severity) == ("contradiction", "attribution", "low")
    sides = {c.outlet: s for c, s in zip(finding.claims, finding.sides)}
    assert sides["Outlet B"] == sides["Outlet C"] != sides["Outlet A"]
    # each claim quotes the words that name the body, where its sentence names it
    assert [c.text for c in finding.claims] == ["الهلال الأحمر", "health ministry", "وزارة الصحة"]
    texts = {c.article: t for c, t in zip(finding.claims, (r[2] for r in ONE_FIGURE_TWO_BODIES))}
    assert all(texts[c.article][c.start:c.end] == c.text for c in finding.claims)
    assert "58" in finding.explanation and "red crescent" in finding.explanation


def test_no_attribution_conflict_for_one_body_an_outlet_crediting_both_or_another_figure():
    same_body = ONE_FIGURE_TWO_BODIES[1:]
    assert _credited(same_body) == []
    both = [ONE_FIGURE_TWO_BODIES[0], ("Outlet B", "2024-03-02",
            "The health ministry said 58 people were killed. The Red Crescent also said 58 were killed.")]
    assert _credited(both) == []
    other_figure = [ONE_FIGURE_TWO_BODIES[0], ("Outlet B", "2024-03-02", "The health ministry said 61 people were killed.")]
    assert _credited(other_figure) == []
    next_day = [ONE_FIGURE_TWO_BODIES[0], ("Outlet B", "2024-03-03", "The health ministry said 58 people were killed.")]
    assert _credited(next_day) == []
    unnamed = [ONE_FIGURE_TWO_BODIES[0], ("Outlet B", "2024-03-02", "Officials said 58 people were killed.")]
    assert _credited(unnamed) == []


def test_compare_without_an_index_leaves_sources_alone():
    # compare_claims compares figures only; who gave them is a finding of the whole compare
    _, _, claims = _read(ONE_FIGURE_TWO_BODIES)
    assert {f.kind for f in compare_claims(claims)} == {"agreement"}
