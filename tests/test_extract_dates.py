"""Meeting dates from the text, resolved against the publication date (kg/extract/dates.py)."""
from __future__ import annotations

import pytest

from kg.api import KnowledgeGraph
from kg.extract import extract
from kg.model import Article, Meeting


def _dates(text: str, language: str, published: str | None) -> list[str | None]:
    statements = extract(Article(id="t", text=text, language=language, published=published))
    return [s.date for s in statements.statements if isinstance(s, Meeting)]


@pytest.mark.parametrize("text,language,published,expected", [
    ("Hakan Fidan met Faisal Mekdad in Moscow on April 5, 2023.", "en", "2023-04-10", "2023-04-05"),
    ("التقى هاكان فيدان فيصل المقداد في موسكو في 5 نيسان/أبريل 2023.", "ar", "2023-04-10", "2023-04-05"),
    ("Hakan Fidan met Faisal Mekdad in Moscow on Wednesday.", "en", "2023-05-05", "2023-05-03"),
    ("التقى هاكان فيدان، أمس الأربعاء، فيصل المقداد في موسكو.", "ar", "2023-05-04", "2023-05-03"),
    ("التقى هاكان فيدان فيصل المقداد في موسكو أمس.", "ar", "2023-05-04", "2023-05-03"),
    ("Hakan Fidan met Faisal Mekdad in Moscow yesterday.", "en", "2023-05-04", "2023-05-03"),
    ("Hakan Fidan met Faisal Mekdad in Moscow in March.", "en", "2023-05-04", "2023-03"),
    ("التقى هاكان فيدان فيصل المقداد في موسكو في كانون الأول الماضي.", "ar", "2023-05-04", "2022-12"),
    ("Hakan Fidan held two days of talks with Faisal Mekdad in Moscow on Wednesday.", "en", "2023-05-05", "2023-05"),
    ("Hakan Fidan met Faisal Mekdad in Moscow in May.", "en", "2023-07-10", "2023-05"),     # "in May": the month
    ("Hakan Fidan met Faisal Mekdad in Moscow in early May.", "en", "2023-07-10", "2023-05"),
    ("Hakan Fidan met Faisal Mekdad in Moscow in May last year.", "en", "2023-07-10", "2022-05"),
    ("التقى هاكان فيدان فيصل المقداد في موسكو في مايو من العام الماضي.", "ar", "2023-07-10", "2022-05"),
    ("التقى هاكان فيدان فيصل المقداد في موسكو في آب.", "ar", "2023-09-10", "2023-08"),
    # "will travel ... on Saturday": a meeting to come, on the next Saturday (2023-07-10 is a Monday)
    ("Hakan Fidan will travel to Moscow on Saturday for talks with Sergey Lavrov.", "en", "2023-07-10", "2023-07-15"),
    # ... and on the publication's own weekday, that same day (a week ahead would say "next Monday")
    ("Hakan Fidan is due in Moscow on Monday for talks with Sergey Lavrov.", "en", "2023-07-10", "2023-07-10"),
    ("ويصل هاكان فيدان إلى موسكو يوم الاثنين لإجراء محادثات مع سيرغي لافروف.", "ar", "2023-07-10", "2023-07-10"),
])
def test_dates_resolve_against_the_publication_date(text, language, published, expected):
    assert _dates(text, language, published) == [expected]


@pytest.mark.parametrize("text,language,published", [
    ("Hakan Fidan met Faisal Mekdad in Moscow.", "en", "2023-05-05"),
    ("Hakan Fidan met Faisal Mekdad in Moscow on Wednesday.", "en", None),          # undated article
    ("Hakan Fidan may meet Faisal Mekdad in Moscow.", "en", "2023-05-05"),          # "may" is no month
    ("التقى هاكان فيدان فيصل المقداد في موسكو منذ آذار.", "ar", "2023-05-05"),      # since March: not when
    ("Erdogan said on Wednesday he would meet Bashar al-Assad.", "en", "2024-07-10"),  # when it was said
])
def test_no_date_when_the_text_gives_none_for_the_meeting(text, language, published):
    assert _dates(text, language, published) == [None]


def test_the_date_reaches_the_graph_as_a_typed_literal():
    text = "التقى هاكان فيدان فيصل المقداد في موسكو في 5 نيسان/أبريل 2023."
    statements = extract(Article(id="t", text=text, language="ar", published="2023-04-10"))
    with KnowledgeGraph.open(None) as kg:
        kg.write([statements])
        rows = kg.query("""PREFIX dip: <https://w3id.org/dipkg/ontology#>
            SELECT ?d WHERE { ?m a dip:Meeting ; ?p ?d . FILTER(datatype(?d) = <http://www.w3.org/2001/XMLSchema#date>) }""").rows
    assert [str(r[0].value if hasattr(r[0], "value") else r[0]) for r in rows] == ["2023-04-05"]


@pytest.mark.parametrize("text,language,published,expected", [
    ("Hakan Fidan met Faisal Mekdad in Moscow last month.", "en", "2023-05-04", "2023-04"),
    ("التقى هاكان فيدان فيصل المقداد في موسكو منتصف الشهر الماضي.", "ar", "2023-01-10", "2022-12"),
    ("Hakan Fidan will meet Faisal Mekdad in Moscow next month.", "en", "2023-12-04", "2024-01"),
    ("التقى هاكان فيدان فيصل المقداد في موسكو في الأول من أيار/مايو.", "ar", "2023-05-08", "2023-05-01"),
    # "أيام" after "بعد" is days after something else, no span of the meeting
    ("التقى هاكان فيدان فيصل المقداد في موسكو في 12 كانون الأول الجاري، بعد أيام من سقوط النظام.", "ar",
     "2024-12-20", "2024-12-12"),
])
def test_relative_months_ordinal_days_and_spans_of_something_else(text, language, published, expected):
    assert _dates(text, language, published) == [expected]


@pytest.mark.parametrize("text,language,published,expected", [
    # Monday 12 March 2012: this week and next week lie in March
    ("Kofi Annan is due to travel to Qatar later this week.", "en", "2012-03-12", "2012-03"),
    ("Kofi Annan will travel to Qatar next week.", "en", "2012-03-12", "2012-03"),
    ("Kofi Annan met Bashar al-Assad in Damascus last week.", "en", "2012-03-12", "2012-03"),
    ("ومن المقرر أن يزور الرئيس التركي رجب طيب أردوغان قطر الأسبوع المقبل.", "ar", "2023-07-10", "2023-07"),
    # Wednesday 28 March 2012: next week runs 2-8 April
    ("Kofi Annan will travel to Qatar next week.", "en", "2012-03-28", "2012-04"),
    # Thursday 29 March 2012: this week runs into April: no date
    ("Kofi Annan is due to travel to Qatar later this week.", "en", "2012-03-29", None),
    # a day named beside the week wins: the week is when it was reported
    ("The Times reported this week that Kofi Annan met Bashar al-Assad in Damascus on Monday.", "en", "2012-03-14",
     "2012-03-12"),
])
def test_a_week_named_relative_to_the_publication_gives_its_month(text, language, published, expected):
    assert _dates(text, language, published) == [expected]



def test_that_month_is_of_the_year_the_sentence_named():
    text = ("Syria and Israel held indirect talks in Istanbul through Turkish mediation in 2008, which broke off when "
            "Israel launched its offensive on Gaza that December.")
    [meeting] = [s for s in extract(Article(id="t", text=text, language="en", published="2020-12-01")).statements]
    assert meeting.date.startswith("2008")


def test_a_clause_a_day_after_the_talks_tells_the_meeting_of_the_day_before():
    text = ("Mohamed bin Zayed held formal talks with Vladimir Putin at the Kremlin on Monday, a day after the two "
            "leaders met for an informal dinner at Putin's residence.")
    assert _dates(text, "en", "2024-10-22") == ["2024-10-21", "2024-10-20"]


def test_those_taking_part_in_the_talks_told_before_join_them():
    text = ("Mohamed bin Zayed held talks with Vladimir Putin at the Kremlin on Monday. The talks were held in an "
            "expanded format, with the foreign ministers, Abdullah bin Zayed and Sergey Lavrov, taking part.")
    statements = extract(Article(id="t", text=text, language="en", published="2024-10-22"))
    assert [set(s.participants) for s in statements.statements] == [
        {"mohamed-bin-zayed", "vladimir-putin", "abdullah-bin-zayed", "sergey-lavrov"}]


@pytest.mark.parametrize("text,language", [
    ("التقى الرئيس التركي رجب طيب أردوغان الملك سلمان في جدة يوم الخميس 27 يوليو 2023. "
     "وكان أردوغان قد التقى في اليوم نفسه ولي العهد السعودي الأمير محمد بن سلمان.", "ar"),
    ("Recep Tayyip Erdogan met King Salman in Jeddah on Thursday, July 27, 2023. Later that day, Saudi Foreign "
     "Minister Faisal bin Farhan received Hakan Fidan.", "en"),
])
def test_a_meeting_on_the_same_day_takes_the_date_told_before(text, language):
    # "اليوم" of "في اليوم نفسه" is that day, not the day of publication; and whoever met
    assert _dates(text, language, "2023-07-29") == ["2023-07-27", "2023-07-27"]


@pytest.mark.parametrize("text,language", [
    ("Hakan Fidan invited Faisal Mekdad to talks in Moscow next February.", "en"),
    ("ووجّه هاكان فيدان الدعوة إلى فيصل المقداد لإجراء محادثات في موسكو في شباط المقبل.", "ar"),
])
def test_a_month_called_next_is_the_coming_one(text, language):
    assert _dates(text, language, "2023-07-10") == ["2024-02"]


def test_a_month_day_of_a_meeting_due_in_a_clause_of_its_own_is_the_coming_one():
    text = ("North Korean leader Kim Jong Un held talks with Xi Jinping in Beijing on Tuesday.\n\n"
            "Kim is due to meet South Korean President Moon Jae-in in Panmunjom on April 27, and U.S. President "
            "Donald Trump has agreed to meet him by the end of May.")
    statements = extract(Article(id="t", text=text, language="en", published="2018-03-29"))
    assert [s.date for s in statements.statements
            if isinstance(s, Meeting) and "moon-jae-in" in s.participants] == ["2018-04-27"]


@pytest.mark.parametrize("text,language", [
    ("التقى وزير الخارجية الأمريكي أنتوني بلينكن رئيس الوزراء الإسرائيلي بنيامين نتنياهو في القدس يوم الاثنين. "
     "والتقى بلينكن الرئيس الفلسطيني محمود عباس في رام الله في اليوم التالي.", "ar"),
    ("Antony Blinken met Benjamin Netanyahu in Jerusalem on Monday and Mahmoud Abbas in Ramallah the following "
     "day.", "en"),
])
def test_a_meeting_on_the_next_day_is_dated_a_day_after_the_one_before(text, language):
    # "اليوم" of "في اليوم التالي" is not today (2024-01-12, a Friday): the day after Monday the 8th
    assert _dates(text, language, "2024-01-12") == ["2024-01-08", "2024-01-09"]


@pytest.mark.parametrize("text,language", [
    ("نفى المتحدث باسم الكرملين ديمتري بيسكوف، أمس الخميس، أن يكون الرئيس فلاديمير بوتين قد التقى قاسم "
     "سليماني في موسكو الشهر الماضي.", "ar"),
    ("Kremlin spokesman Dmitry Peskov on Thursday denied that Vladimir Putin had received Qasem Soleimani in "
     "Moscow last month.", "en"),
])
def test_the_day_of_a_denial_is_not_the_date_of_the_meeting_denied(text, language):
    statements = extract(Article(id="t", text=text, language=language, published="2015-08-14")).statements
    meetings = [s for s in statements if isinstance(s, Meeting)]
    assert [(m.date, m.status) for m in meetings] == [("2015-07", "reported")]
    assert [d.denier for d in statements if d.type == "denial"] == ["dmitry-peskov"]


def test_the_weekday_of_a_plan_told_in_the_past_is_before_the_publication():
    # "قمة كانت مقررة يوم الأربعاء" told on Saturday 21 October 2023 and called off: Wednesday the 18th, not the 25th
    text = ("وكان وزير الخارجية الأردني أيمن الصفدي قد أعلن الثلاثاء الماضي إلغاء قمة رباعية كانت مقررة في عمّان "
            "يوم الأربعاء، تجمع الملك عبد الله الثاني والرئيس الأمريكي جو بايدن والرئيس عبد الفتاح السيسي والرئيس "
            "محمود عباس.")
    assert _dates(text, "ar", "2023-10-21") == ["2023-10-18"]


def test_a_day_of_a_visit_is_not_today():
    # "في اليوم الأخير من زيارة": the visit's last day, told in 2021, not the publication day
    text = "وفي اليوم الأخير من زيارة إلى لندن في أيلول 2021، التقى نيجيرفان بارزاني محمد بن زايد."
    assert _dates(text, "ar", "2024-11-10") == ["2021-09"]


@pytest.mark.parametrize("text,language", [
    ("Fuad Hussein met Hossein Amir-Abdollahian in Baghdad last Wednesday.", "en"),
    ("التقى فؤاد حسين حسين أمير عبد اللهيان في بغداد الأربعاء الماضي.", "ar"),
])
def test_last_weekday_told_on_that_weekday_is_a_week_back(text, language):
    # told on Wednesday 20 September 2023: "last Wednesday" is the 13th, not the day itself
    assert _dates(text, language, "2023-09-20") == ["2023-09-13"]


@pytest.mark.parametrize("text,language", [
    ("وكان وزير الخارجية المصري سامح شكري يعتزم زيارة أنقرة في شباط الماضي.", "ar"),
    ("Egyptian Foreign Minister Sameh Shoukry had planned to visit Ankara last February.", "en"),
])
def test_a_plan_for_last_month_is_of_the_past_year(text, language):
    # "يعتزم ... في شباط الماضي": a plan of the past, its month the one before the publication
    assert _dates(text, language, "2023-12-10") == ["2023-02"]


def test_a_door_is_not_august():
    # "إلى باب الوزارة": "باب" (a door) reads as "ب" + "آب" (August), a month that needs a number or "في"
    text = "ونزل فيدان إلى باب الوزارة لاستقبال بلينكن أمس الاثنين."
    meetings = [s for s in extract(Article(id="t", text=text, language="ar", published="2023-11-07")).statements
                if isinstance(s, Meeting)]
    assert [m.date for m in meetings] == ["2023-11-06"]


def test_the_year_after_the_days_comma_is_read():
    # "May 25, 2022": the year follows the day's comma (it was read as the article's year)
    text = "- May 25, 2022: Foreign Minister Mevlut Cavusoglu visits Jerusalem and holds talks with Yair Lapid."
    assert _dates(text, "en", "2024-05-03") == ["2022-05-25"]
    text = "Kushner met King Mohammed VI in Rabat on Dec. 22, 2020, the palace said."
    assert _dates(text, "en", "2024-05-03") == ["2020-12-22"]


def test_last_weekday_is_past_in_a_sentence_of_something_to_come():
    # "ومن المقرر أن يزور ...، بعد لقائه ... يوم الجمعة الماضي": last Friday the 3rd, though the sentence looks ahead
    text = "ومن المقرر أن يزور الصفدي دمشق، بعد لقائه الشيباني يوم الجمعة الماضي في عمّان."
    assert _dates(text, "ar", "2025-01-07") == ["2025-01-03"]


@pytest.mark.parametrize("text,expected", [
    ("- March 27-28, 2022: Lapid met Blinken in Jerusalem.", ["2022-03"]),   # the year after a span's days
    ("On April 27-29 Lapid met Blinken in Jerusalem.", ["2025-04"]),
    ("On March 27, 2022, Lapid met Blinken in Jerusalem.", ["2022-03-27"]),
])
def test_english_days_of_a_span_give_its_month_and_the_year_after_them(text, expected):
    assert _dates(text, "en", "2025-09-15") == expected


@pytest.mark.parametrize("text,language", [
    ("التقى فيدان عراقجي في أنقرة من 3 إلى 5 مايو 2022.", "ar"),
    ("Fidan met Araghchi in Ankara from 3 to 5 May 2022.", "en"),
])
def test_days_from_one_to_another_give_the_month(text, language):
    assert _dates(text, language, "2025-09-15") == ["2022-05"]


def test_a_date_in_a_who_clause_about_the_subject_is_not_the_meetings():
    # "Salam, who was named prime minister in April last year, received ...": when he was named
    text = "Tammam Salam, who was named prime minister in April last year, received French Foreign Minister Laurent Fabius at the Serail on Monday."
    assert _dates(text, "en", "2014-02-18") == ["2014-02-17"]


def test_a_meeting_told_next_on_the_same_visit_takes_the_date_of_one_an_agency_reported():
    # "استقبله الملك سلمان ...، بحسب واس. كما التقى خان ولي العهد": the same visit, the same day
    text = ("وصل رئيس الوزراء الباكستاني عمران خان إلى الرياض أمس الثلاثاء، واستقبله الملك سلمان بن عبدالعزيز، بحسب "
            "وكالة الأنباء السعودية (واس). كما التقى خان ولي العهد الأمير محمد بن سلمان.")
    assert _dates(text, "ar", "2019-10-16") == ["2019-10-15", "2019-10-15"]


@pytest.mark.parametrize("text,language", [
    # "قبل أن يتوجه ...": before what he did next that day, not before the main event
    ("استقبل الرئيس العراقي برهم صالح الرئيس الفرنسي إيمانويل ماكرون في بغداد يوم السبت. كما التقى ماكرون رئيس "
     "الوزراء مصطفى الكاظمي، قبل أن يتوجه إلى أربيل.", "ar"),
    ("French President Emmanuel Macron met Iraqi President Barham Salih in Baghdad on Saturday. Macron had met Prime "
     "Minister Mustafa al-Kadhimi earlier in the day.", "en"),
])
def test_a_meeting_told_before_the_next_step_or_earlier_in_the_day_is_of_that_day(text, language):
    assert _dates(text, language, "2021-08-30") == ["2021-08-28", "2021-08-28"]


def test_a_meeting_just_before_the_talks_told_is_of_their_day():
    # "Before the session, Blinken held talks with ...": before the meeting told, that day
    text = ("Secretary of State Antony Blinken hosted Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign "
            "Minister Jeyhun Bayramov in Arlington on Tuesday. Before the session, Blinken held talks with Mirzoyan.")
    assert _dates(text, "en", "2023-06-28") == ["2023-06-27", "2023-06-27"]


@pytest.mark.parametrize("text,language", [
    ("Pope Francis held talks with Kurdistan Region President Nechirvan Barzani after landing in Erbil on Sunday.", "en"),
    ("التقى البابا فرنسيس رئيس إقليم كردستان نيجيرفان بارزاني عقب وصوله إلى أربيل يوم الأحد.", "ar"),
])
def test_the_day_of_an_arrival_after_which_they_met_is_the_meetings(text, language):
    assert _dates(text, language, "2021-03-08") == ["2021-03-07"]


def test_later_that_evening_is_the_day_told_before_not_a_date_of_an_as_clause():
    text = ("Kerry met Lavrov in Vienna on Thursday. Later that evening Kerry, Lavrov and Jubeir held a three-way "
            "meeting, as the same three had done in Vienna on Oct. 23.")
    assert _dates(text, "en", "2015-10-31") == ["2015-10-29", "2015-10-29"]


def test_a_plan_told_in_the_past_perfect_does_not_move_the_weekday_ahead():
    # "received Blinken on Sunday morning, hours after he had expected to meet him": the Sunday before
    text = ("Emir Tamim bin Hamad received U.S. Secretary of State Antony Blinken in Doha on Sunday morning, hours after "
            "the top U.S. diplomat had expected to see him on Saturday evening.")
    assert _dates(text, "en", "2023-10-18")[0] == "2023-10-15"


@pytest.mark.parametrize("text,language", [
    ("كان الرئيس السوري أحمد الشرع قد أجرى في أبوظبي يوم الاثنين 7 تموز محادثات مع الشيخ محمد بن زايد.", "ar"),
    ("Syrian President Ahmed al-Sharaa held talks with Sheikh Mohamed bin Zayed in Abu Dhabi on Monday, July 7.", "en"),
])
def test_a_weekday_with_its_date_is_that_date_not_the_last_such_weekday(text, language):
    assert _dates(text, language, "2025-07-16") == ["2025-07-07"]


@pytest.mark.parametrize("text,published,expected", [
    # "أول من أمس" is the day before yesterday (with its weekday, which agrees)
    ("وكان الملك سلمان قد استقبل أول من أمس الثلاثاء الرئيس التركي رجب طيب أردوغان.", "2022-05-19", "2022-05-17"),
    ("التقى هاكان فيدان فيصل المقداد في موسكو في الحادي عشر من أيار/مايو.", "2023-05-20", "2023-05-11"),
    ("التقى هاكان فيدان فيصل المقداد في موسكو في الخامس والعشرين من نيسان.", "2023-05-20", "2023-04-25"),
    # a day of the month named relative to the publication
    ("التقى هاكان فيدان فيصل المقداد في موسكو في الحادي عشر من الشهر الجاري.", "2023-09-20", "2023-09-11"),
    ("التقى هاكان فيدان فيصل المقداد في موسكو في 3 من الشهر الماضي.", "2023-09-20", "2023-08-03"),
])
def test_the_day_before_yesterday_and_ordinal_days_past_the_tenth(text, published, expected):
    assert _dates(text, "ar", published) == [expected]


@pytest.mark.parametrize("text,language,published,expected", [
    ("وصل وزير الخارجية الإيراني عباس عراقجي إلى بغداد بعد ظهر أمس الأحد، واستهل زيارته بلقاء نظيره فؤاد حسين.",
     "ar", "2024-10-14", "2024-10-13"),
    ("Indian Prime Minister Narendra Modi held talks with Sultan Qaboos bin Said in Muscat on Sunday evening.", "en",
     "2018-02-12", "2018-02-11"),
])
def test_an_afternoon_is_no_other_event_and_bin_said_is_no_speech_verb(text, language, published, expected):
    assert _dates(text, language, published) == [expected]


def test_a_meeting_on_the_day_of_a_placed_one_of_the_same_person_is_in_its_city():
    text = ("Blinken meets Netanyahu\n\n"
            "JERUSALEM - U.S. Secretary of State Antony Blinken held talks with Israeli Prime Minister Benjamin "
            "Netanyahu in Jerusalem on Monday.\n\n"
            "Blinken also met President Isaac Herzog on Monday, a State Department spokesman said.")
    statements = extract(Article(id="t", text=text, language="en", published="2023-10-17")).statements
    assert {(frozenset(m.participants), m.date, m.place) for m in statements if isinstance(m, Meeting)} == {
        (frozenset({"antony-blinken", "benjamin-netanyahu"}), "2023-10-16", "jerusalem"),
        (frozenset({"antony-blinken", "isaac-herzog"}), "2023-10-16", "jerusalem")}


@pytest.mark.parametrize("text,language,published,expected", [
    ("وصل رئيس الوزراء الهندي ناريندرا مودي إلى أبوظبي، أمس الأحد، في زيارة تستغرق يومين، وكان في استقباله "
     "بالمطار الشيخ محمد بن زايد آل نهيان.", "ar", "2015-08-17", "2015-08-16"),
    ("Pope Francis held talks with Egyptian President Abdel Fattah el-Sisi on Friday at the start of a two-day visit "
     "to Cairo.", "en", "2017-04-29", "2017-04-28"),
    ("Hakan Fidan held two days of talks with Faisal Mekdad in Moscow on Wednesday.", "en", "2023-05-05", "2023-05"),
])
def test_a_visits_length_leaves_its_meetings_day(text, language, published, expected):
    assert _dates(text, language, published) == [expected]
