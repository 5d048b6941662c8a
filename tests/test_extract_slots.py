"""Participant slots of a meeting trigger (kg/extract/slots.py): only actors standing in the
subject or object slot take part; other actors named in the sentence do not."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract
from kg.model import Article, Meeting


def _meetings(text: str, language: str, published: str = "2023-05-01") -> list[set[str]]:
    statements = extract(Article(id="t", text=text, language=language, published=published))
    return [set(s.participants) for s in statements.statements if isinstance(s, Meeting)]


@pytest.mark.parametrize("text,language", [
    ("Hakan Fidan met Faisal Mekdad in Moscow, weeks after Sergey Lavrov called Ayman Safadi.", "en"),
    ("التقى هاكان فيدان فيصل المقداد في موسكو، بعد أسابيع من اتصال سيرغي لافروف بأيمن الصفدي.", "ar"),
])
def test_only_the_subject_and_object_of_the_trigger_take_part(text, language):
    assert _meetings(text, language) == [{"hakan-fidan", "faisal-mekdad"}]


@pytest.mark.parametrize("text,language", [
    ("Faisal Mekdad arrived in Moscow on Tuesday and held talks with Sergey Lavrov.", "en"),
    ("وصل فيصل المقداد إلى موسكو، حيث اجتمع بسيرغي لافروف.", "ar"),
])
def test_a_later_verb_without_subject_takes_the_sentence_subject(text, language):
    assert _meetings(text, language) == [{"faisal-mekdad", "sergey-lavrov"}]


@pytest.mark.parametrize("text,language", [
    ("Hakan Fidan met Ayman Safadi in the presence of Sameh Shoukry.", "en"),
    ("اجتمع هاكان فيدان بأيمن الصفدي بحضور سامح شكري.", "ar"),
])
def test_an_attending_actor_joins_the_slots(text, language):
    assert _meetings(text, language) == [{"hakan-fidan", "ayman-safadi", "sameh-shoukry"}]


@pytest.mark.parametrize("text,language", [
    ("Erdogan said he met Bashar al-Assad in Tehran.", "en"),
    ("وقال أردوغان إنه التقى بشار الأسد في طهران.", "ar"),
])
def test_a_speaker_who_says_he_met_is_the_subject(text, language):
    assert _meetings(text, language, "2018-09-07") == [{"recep-tayyip-erdogan", "bashar-al-assad"}]


def test_an_attached_pronoun_on_the_trigger_is_the_sentence_person():
    text = "أعلن فلاديمير بوتين عن لقائه مع رجب طيب أردوغان في سوتشي."
    assert _meetings(text, "ar", "2021-09-29") == [{"vladimir-putin", "recep-tayyip-erdogan"}]
    text = "Vladimir Putin spoke of his meeting with Recep Tayyip Erdogan in Sochi."
    assert _meetings(text, "en", "2021-09-29") == [{"vladimir-putin", "recep-tayyip-erdogan"}]


@pytest.mark.parametrize("text,language", [
    ("Sergey Lavrov met his Turkish counterpart and Iran's Mohammad Javad Zarif in Geneva.", "en"),
])
def test_a_possessive_state_and_its_person_are_one_slot_item(text, language):
    assert _meetings(text, language, "2019-10-30") == [{"sergey-lavrov", "mevlut-cavusoglu", "mohammad-javad-zarif"}]


@pytest.mark.parametrize("text,language", [
    ("The ceasefire between Russia and Turkey held in March. Since then the two sides have met three times "
     "in Doha under Qatari mediation.", "en"),
    ("صمدت الهدنة بين روسيا وتركيا في آذار. والتقى الجانبان ثلاث مرات في الدوحة بوساطة قطرية.", "ar"),
])
def test_the_two_sides_as_subject_are_the_last_pair(text, language):
    statements = extract(Article(id="t", text=text, language=language, published="2020-03-05")).statements
    meetings = [s for s in statements if isinstance(s, Meeting)]
    assert [set(m.participants) for m in meetings] == [{"russia", "turkey"}]
    assert meetings[0].mediators == ["qatar"]


@pytest.mark.parametrize("text,language,role,actor", [
    ("Hakan Fidan met Faisal Mekdad on Tuesday. The talks were hosted by Iraq.", "en", "hosts", "iraq"),
    ("Hakan Fidan met Faisal Mekdad on Tuesday. The talks were mediated by Oman.", "en", "mediators", "oman"),
    ("التقى هاكان فيدان فيصل المقداد يوم الثلاثاء. وجرى الاجتماع برعاية روسية.", "ar", "sponsors", "russia"),
    ("التقى هاكان فيدان فيصل المقداد يوم الثلاثاء. واستضافت بغداد الاجتماع.", "ar", "hosts", "iraq"),
])
def test_a_third_party_in_the_next_sentence_joins_the_meeting_it_refers_to(text, language, role, actor):
    statements = extract(Article(id="t", text=text, language=language, published="2023-05-05")).statements
    meetings = [s for s in statements if isinstance(s, Meeting)]
    assert [set(m.participants) for m in meetings] == [{"hakan-fidan", "faisal-mekdad"}]
    assert getattr(meetings[0], role) == [actor]


def test_a_place_whose_name_begins_with_ba_is_not_a_prepositional_phrase():
    meetings = [s for s in extract(Article(id="t", text="التقى هاكان فيدان فيصل المقداد بدمشق.", language="ar",
                                           published="2023-05-05")).statements if isinstance(s, Meeting)]
    assert meetings[0].place == "damascus" and not meetings[0].hosts


@pytest.mark.parametrize("text,language", [
    ("Recep Tayyip Erdogan received Ebrahim Raisi in Ankara. Iran's foreign minister accompanied Raisi on the visit.", "en"),
    ("استقبل رجب طيب أردوغان إبراهيم رئيسي في أنقرة. ورافق رئيسي في الزيارة وزير الخارجية الإيراني.", "ar"),
])
def test_an_actor_accompanying_a_visit_named_before_joins_it(text, language):
    assert _meetings(text, language, "2024-01-24") == [
        {"recep-tayyip-erdogan", "ebrahim-raisi", "hossein-amir-abdollahian"}]


@pytest.mark.parametrize("text,language", [
    ("Bashar al-Assad received Abdullah bin Zayed in Damascus. The United States said it was concerned by the visit.", "en"),
    ("استقبل بشار الأسد عبد الله بن زايد في دمشق. وأبدت الولايات المتحدة قلقها من الزيارة.", "ar"),
])
def test_the_visit_refers_back_and_makes_no_new_meeting(text, language):
    assert _meetings(text, language, "2021-11-09") == [{"bashar-al-assad", "abdullah-bin-zayed"}]


@pytest.mark.parametrize("text,language", [
    ("Reports spoke of a planned meeting between Vladimir Putin and Bashar al-Assad. "
     "Dmitry Peskov said on Monday that Putin had no plans to meet Assad.", "en"),
    ("تحدثت تقارير عن لقاء مرتقب بين فلاديمير بوتين وبشار الأسد. "
     "وقال دميتري بيسكوف إن جدول أعمال الرئيس بوتين لا يتضمن لقاءً مع الأسد.", "ar"),
])
def test_a_speaker_is_not_the_subject_of_the_meeting_he_speaks_of(text, language):
    statements = extract(Article(id="t", text=text, language=language, published="2024-12-09")).statements
    meetings = [s for s in statements if isinstance(s, Meeting)]
    assert [set(m.participants) for m in meetings] == [{"vladimir-putin", "bashar-al-assad"}]
    assert [(d.denier, d.denies) for d in statements if type(d).__name__ == "Denial"] == [("dmitry-peskov", meetings[0].id)]


@pytest.mark.parametrize("text", [
    "The previous summit, when Putin and Rouhani met Erdogan, was held in Sochi.",
    "The previous summit, when Putin, Rouhani and Erdogan met, was held in Sochi.",
])
def test_a_list_of_names_is_not_cut_between_two_triggers(text):
    # "summit" and "met" split the sentence at a clause break; the "and" (or comma) of a list is none
    assert _meetings(text, "en", "2019-02-20") == [{"vladimir-putin", "hassan-rouhani", "recep-tayyip-erdogan"}]


def test_a_person_with_a_title_in_attendance_joins_the_meeting():
    text = "Modi held talks with Sheikh Mohamed bin Zayed in Abu Dhabi, with External Affairs Minister S. Jaishankar in attendance."
    assert _meetings(text, "en", "2024-02-14") == [{"narendra-modi", "mohamed-bin-zayed", "subrahmanyam-jaishankar"}]


@pytest.mark.parametrize("text,language", [
    ("التقى الرئيس التركي رجب طيب أردوغان في لفيف نظيره الأوكراني فولوديمير زيلينسكي، قبل أن ينضم إليهما "
     "الأمين العام للأمم المتحدة أنطونيو غوتيريش في اجتماع ثلاثي.", "ar"),
    ("Erdogan met Zelensky in Lviv on Thursday, before UN Secretary-General Antonio Guterres joined them "
     "for a three-way meeting.", "en"),
])
def test_one_who_joins_them_meets_the_two_who_met(text, language):
    assert _meetings(text, language, "2022-08-19") == [
        {"recep-tayyip-erdogan", "volodymyr-zelensky"},
        {"recep-tayyip-erdogan", "volodymyr-zelensky", "antonio-guterres"}]


@pytest.mark.parametrize("text,language", [
    ("Erdogan is due to travel to Tehran on Tuesday for a summit with Russian President Vladimir Putin and "
     "Iranian President Ebrahim Raisi.", "en"),
    ("توجه الرئيس التركي رجب طيب أردوغان إلى طهران لإجراء محادثات مع الرئيسين الروسي فلاديمير بوتين "
     "والإيراني إبراهيم رئيسي.", "ar"),
])
def test_the_traveller_takes_part_in_the_talks_his_trip_is_for(text, language):
    assert _meetings(text, language, "2022-07-15") == [{"recep-tayyip-erdogan", "vladimir-putin", "ebrahim-raisi"}]


def test_a_trip_to_two_capitals_for_talks_with_their_leaders_is_one_meeting_in_each():
    text = ("Putin flew to Abu Dhabi and Riyadh on Wednesday for talks with UAE President Sheikh Mohamed bin Zayed "
            "and Saudi Crown Prince Mohammed bin Salman.")
    assert _meetings(text, "en", "2023-12-07") == [{"vladimir-putin", "mohamed-bin-zayed"},
                                                   {"vladimir-putin", "mohammed-bin-salman"}]


@pytest.mark.parametrize("text,language", [
    ("Abiy visited the UAE in May, while Mohamed bin Zayed visited Ethiopia last month.", "en"),
    ("زار آبي أحمد الإمارات في مايو، بينما زار ولي عهد أبوظبي محمد بن زايد إثيوبيا الشهر الماضي.", "ar"),
])
def test_a_while_clause_has_a_subject_of_its_own(text, language):
    # the two visits are no meeting of the two men
    assert {"abiy-ahmed", "mohamed-bin-zayed"} not in _meetings(text, language, "2018-07-10")


@pytest.mark.parametrize("text,published,expected", [
    ("Ishaq Dar held talks in Kabul with the Taliban administration's acting prime minister, Mullah Mohammad "
     "Hasan Akhund.", "2025-04-20", {"ishaq-dar", "mohammad-hasan-akhund"}),
    ("Jaishankar held talks in New Delhi with Amir Khan Muttaqi, the first senior Taliban official to visit India.",
     "2025-10-11", {"subrahmanyam-jaishankar", "amir-khan-muttaqi"}),
])
def test_the_body_a_person_serves_is_no_participant_beside_him(text, published, expected):
    assert _meetings(text, "en", published) == [expected]


def test_a_subject_then_its_verb_keeps_its_subject():
    text = "Wang Yi then held talks with Amir Khan Muttaqi and Mullah Abdul Ghani Baradar."
    assert _meetings(text, "en", "2022-03-25") == [{"wang-yi", "amir-khan-muttaqi", "abdul-ghani-baradar"}]


def test_one_who_greeted_him_meets_the_visitor_just_named():
    text = ("Chinese Foreign Minister Wang Yi arrived in Kabul on Thursday. Acting Foreign Minister Amir Khan Muttaqi "
            "greeted him at the airport.")
    assert _meetings(text, "en", "2022-03-25") == [{"wang-yi", "amir-khan-muttaqi"}]


def test_guests_received_one_after_another_are_one_meeting_each():
    text = ("استقبل الرئيس الجزائري عبد المجيد تبون تباعاً، الجمعة في المطار، الرئيس التونسي قيس سعيد ورئيس "
            "المجلس الرئاسي الليبي محمد المنفي.")
    assert _meetings(text, "ar", "2024-03-03") == [{"abdelmadjid-tebboune", "kais-saied"},
                                                   {"abdelmadjid-tebboune", "mohamed-al-menfi"}]


def test_those_at_his_reception_meet_the_visitor_named_before():
    text = ("وصل الرئيس التركي رجب طيب أردوغان إلى الدوحة أمس. وكان في استقباله بالمطار أمير قطر الشيخ تميم بن حمد "
            "ووزير الخارجية محمد بن عبد الرحمن.")
    assert _meetings(text, "ar", "2023-07-19") == [
        {"recep-tayyip-erdogan", "tamim-bin-hamad-al-thani", "mohammed-bin-abdulrahman"}]


def test_an_apposition_does_not_end_a_list_of_names():
    text = "Meloni held talks with Mohamed al-Menfi, head of the Presidential Council, and Abdul Hamid Dbeibah."
    assert _meetings(text, "en", "2023-01-29") == [{"giorgia-meloni", "mohamed-al-menfi", "abdul-hamid-dbeibah"}]


def test_a_time_aside_between_the_verb_and_its_object_cuts_nothing_off():
    text = ("وصل رئيس الوزراء الباكستاني شهباز شريف إلى طهران. والتقى شريف الاثنين، بعد ساعات من وصوله، "
            "الرئيس الإيراني إبراهيم رئيسي.")
    assert _meetings(text, "ar", "2023-05-02") == [{"shehbaz-sharif", "ebrahim-raisi"}]


def test_an_english_verb_after_a_comma_keeps_the_sentence_subject():
    text = "CIA chief William Burns makes rare Libya visit, meets Dbeibah and Haftar"
    assert _meetings(text, "en", "2023-01-13") == [{"william-burns", "abdul-hamid-dbeibah", "khalifa-haftar"}]


def test_a_time_and_place_aside_without_commas_still_sets_the_object_off():
    # VSO with "في طرابلس يوم الأربعاء" between the subject and the object: the object is the verb's, not a
    # person named earlier in the sentence (Haftar) joined as a dropped subject
    text = ("وبعد يومين من تقدم قوات المشير خليفة حفتر نحو العاصمة، التقى الأمين العام للأمم المتحدة أنطونيو "
            "غوتيريش في طرابلس يوم الأربعاء رئيس المجلس الرئاسي فايز السراج.")
    assert _meetings(text, "ar", "2019-04-06") == [{"antonio-guterres", "fayez-al-sarraj"}]


def test_then_met_takes_the_named_subject_of_the_verb_before():
    # a visit noun's genitive visits the state after it (no one else joins it); a name before a semicolon is no
    # subject of the verb after it; "ثم التقى حفتر": Guterres, who met in the clause before, met Haftar
    text = ("وجاء هجوم قوات المشير خليفة حفتر على العاصمة متزامناً مع زيارة الأمين العام للأمم المتحدة أنطونيو "
            "غوتيريش لليبيا؛ إذ التقى غوتيريش في طرابلس رئيس المجلس الرئاسي فايز السراج، ثم التقى حفتر في بنغازي.")
    assert _meetings(text, "ar", "2019-04-06") == [{"antonio-guterres", "fayez-al-sarraj"},
                                                   {"antonio-guterres", "khalifa-haftar"}]


def test_then_met_after_a_verb_with_its_subject_dropped_keeps_the_sentence_subject():
    # "حيث التقى ولي العهد": the person after the verb is its object, so the tour's subject met the emir too
    text = ("وكان أردوغان قد بدأ جولته في جدة، حيث التقى ولي العهد السعودي الأمير محمد بن سلمان، ثم انتقل إلى "
            "الدوحة وأجرى محادثات مع أمير قطر الشيخ تميم بن حمد.")
    assert {"recep-tayyip-erdogan", "tamim-bin-hamad-al-thani"} in _meetings(text, "ar", "2023-07-19")


@pytest.mark.parametrize("text,language", [
    ("Wang Yi met Faisal bin Farhan in Riyadh on Monday. From Riyadh he travelled to Tehran, where he held talks "
     "with Abbas Araghchi.", "en"),
    ("التقى وزير الخارجية الصيني وانغ يي نظيره السعودي الأمير فيصل بن فرحان في الرياض الاثنين. ومن الرياض توجه "
     "إلى طهران حيث التقى وزير الخارجية عباس عراقجي.", "ar"),
])
def test_the_capital_a_trip_leaves_from_takes_no_part_and_he_is_the_one_just_named(text, language):
    assert _meetings(text, language, "2025-02-12") == [{"wang-yi", "faisal-bin-farhan"}, {"wang-yi", "abbas-araghchi"}]


@pytest.mark.parametrize("text", [
    "Antony Blinken will meet King Abdullah II and, separately, Palestinian President Mahmoud Abbas in Amman on Friday.",
    # "he" of the sentence before, the verb's subject
    "Antony Blinken arrived in Israel on Thursday. He travels on to Jordan, where he is due to see King Abdullah II "
    "and, separately, Palestinian President Mahmoud Abbas on Friday.",
])
def test_and_separately_between_two_objects_is_one_meeting_with_each(text):
    assert [m for m in _meetings(text, "en", "2023-10-12") if "jordan" not in m and "israel" not in m] == [
        {"antony-blinken", "king-abdullah-ii"}, {"antony-blinken", "mahmoud-abbas"}]


def test_a_palace_the_gazetteer_lacks_and_what_the_host_asked_for_take_no_part():
    # "في قصر بعبدا" is where (a place noun and its name), and Israel of the relative clause after the host
    # ("الذي دعا إلى انسحاب إسرائيل") is what he asked for, not one who met
    text = ("وكان المبعوث الأمريكي توم باراك قد التقى السبت في قصر بعبدا الرئيس جوزاف عون، الذي دعا إلى انسحاب "
            "إسرائيل من الجنوب، كما التقى قائد الجيش العماد رودولف هيكل.")
    meetings = _meetings(text, "ar", "2025-09-08")
    assert meetings[0] == {"tom-barrack", "joseph-aoun"} and len(meetings) == 2 and "tom-barrack" in meetings[1]


def test_the_dropped_subject_is_no_person_of_a_since_phrase():
    # "منذ سقوط الأسد": Assad is the object of the fall, not who went to Riyadh and met the crown prince there
    text = ("وبعد أسابيع من سقوط الأسد، جعل الرئيس أحمد الشرع الرياض أولى محطاته الخارجية، حيث التقى ولي العهد "
            "الأمير محمد بن سلمان.")
    assert _meetings(text, "ar", "2025-02-10") == [{"ahmed-al-sharaa", "mohammed-bin-salman"}]


def test_a_copula_after_a_comma_starts_a_new_subject():
    # "بين طهران وواشنطن، وكان البوسعيدي قد زار طهران ... والتقى عراقجي": the states of the clause before are no
    # co-subjects of the visit
    text = ("وتؤدي مسقط منذ سنوات دور قناة التواصل بين طهران وواشنطن، وكان وزير الخارجية العماني بدر البوسعيدي قد زار "
            "طهران في 30 ديسمبر الماضي والتقى عراقجي.")
    assert _meetings(text, "ar", "2025-06-10") == [{"badr-albusaidi", "abbas-araghchi"}]


def test_a_visit_noun_and_its_visitor_make_no_meeting_of_the_sentences_other_persons():
    # "منذ زيارة أردوغان لمقديشو عام 2011": Erdogan's visit of Somalia alone, not a meeting of Guler (who spoke of
    # "اللقاء" in the clause before) with Erdogan (a real article of the blind corpus 43)
    path = Path(__file__).parent / "corpus-blind43" / "articles" / "ar10-somalia-defence-ankara-2024.txt"
    statements = extract(Article(id="t", text=path.read_text(encoding="utf-8"), language="ar", published="2024-02-09"))
    assert {"recep-tayyip-erdogan", "somalia"} in [set(m.participants) for m in statements.statements
                                                   if isinstance(m, Meeting)]


@pytest.mark.parametrize("text", [
    # the verb's subject right after it (VSO), a place the gazetteer lacks after the first object
    "والتقى وزير الخارجية الفرنسي جان إيف لودريان رئيس مجلس النواب نبيه بري في عين التينة، ثم وليد جنبلاط في كليمنصو.",
    # the subject dropped
    "وواصل جان إيف لودريان جولته على القوى السياسية، فالتقى رئيس مجلس النواب نبيه بري في عين التينة، ثم وليد جنبلاط.",
])
def test_those_met_one_after_another_past_a_place_are_one_meeting_each(text):
    assert _meetings(text, "ar", "2023-07-27") == [{"jean-yves-le-drian", "nabih-berri"},
                                                   {"jean-yves-le-drian", "walid-jumblatt"}]


def test_talks_that_follow_a_meeting_with_others_joining_are_that_meeting():
    # "عقدا لقاءً ثنائياً أعقبته محادثات موسعة شارك فيها A وB": one meeting of the two and the two ministers
    text = ("واستقبل رئيس الوزراء الباكستاني شهباز شريف الرئيس الإيراني إبراهيم رئيسي في إسلام آباد، حيث عقدا لقاءً "
            "ثنائياً أعقبته محادثات موسعة شارك فيها وزيرا الخارجية حسين أمير عبد اللهيان وإسحاق دار.")
    assert _meetings(text, "ar", "2024-04-22") == [
        {"shehbaz-sharif", "ebrahim-raisi", "hossein-amir-abdollahian", "ishaq-dar"}]
