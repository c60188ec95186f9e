"""Changes made by hand on a draft, made again on a version rebuilt from the answers (fourteenth panel: « Madame, »,
« un appel » and « après » came back as before at each « plus court » or channel change)."""

from assistant.outreach.carried import _changes, hand_edits, with_hand_edits
from assistant.outreach.model import Draft, DraftStyle, VersionRecord

STYLE = DraftStyle("email", "vous", "neutral", False)


def _version(number: int, change: str, body: str, subject: str = "Prise de contact") -> VersionRecord:
    return VersionRecord(number, change, Draft(subject, body, STYLE), "devenir juriste", "2026-12-07")


def test_changes_close_together_are_one_change_found_again_elsewhere():
    before = "Bonjour Madame Roux,\nJe vous propose un échange autour d'un café ?"
    after = "Madame,\nJe vous propose un échange pour un appel ?"
    assert [(e.old, e.new) for e in _changes(before, after)] == [
        ("Bonjour Madame Roux", "Madame"),
        ("autour d'un café", "pour un appel"),
    ]


def test_hand_edits_are_made_again_on_a_shorter_version():
    versions = [
        _version(1, "new", "Bonjour Madame Roux,\nAuriez-vous 20 minutes autour d'un café ?\nLéa"),
        _version(2, "edit", "Madame,\nAuriez-vous 20 minutes pour un appel ?\nLéa", subject="Votre parcours"),
    ]
    rebuilt = Draft("Prise de contact", "Bonjour Madame Roux,\nUn échange autour d'un café ?\nLéa", STYLE)
    again = with_hand_edits(rebuilt, hand_edits(versions))
    assert again.body == "Madame,\nUn échange pour un appel ?\nLéa" and again.subject == "Votre parcours"
    unrelated = Draft("", "Bonjour Madame Roux,\nUne visio ?", DraftStyle("linkedin_message", "vous", "neutral", False))
    assert with_hand_edits(unrelated, hand_edits(versions)).body == "Madame,\nUne visio ?"  # what is there only


def test_a_version_put_back_drops_the_changes_made_after_it():
    versions = [
        _version(1, "new", "Bonjour Inès,\nUn café ?"),
        _version(2, "edit", "Bonjour Inès,\nUn appel ?"),
        _version(3, "edit", "Salut Inès,\nUn appel ?"),
        _version(4, "restore", "Bonjour Inès,\nUn appel ?"),
    ]
    assert [(e.old, e.new) for e in hand_edits(versions)] == [("café", "appel")]


def test_in_tu_a_sentence_removed_stays_removed_and_a_formal_greeting_is_not_put_back():
    # sixteenth panel: « tutoie » brought back a sentence removed by hand (its words had changed with the tone), and
    # kept « Madame, » in front of « Je me permets de t'écrire »
    versions = [
        _version(1, "new", "Bonjour Madame Roux,\nJe suis Léa. Pour tout vous dire, votre parcours m'inspire. Merci !"),
        _version(2, "edit", "Madame,\nJe suis Léa. Pour tout vous dire, votre parcours m'inspire. Merci !"),
        _version(3, "edit", "Madame,\nJe suis Léa. Merci !"),
    ]
    tu = DraftStyle("email", "tu", "neutral", False)
    rebuilt = Draft("", "Bonjour Anne,\nJe suis Léa. Pour tout te dire, ton parcours m'inspire. Merci !", tu)
    assert with_hand_edits(rebuilt, hand_edits(versions)).body == "Bonjour Anne,\nJe suis Léa. Merci !"


def test_a_greeting_and_a_sentence_removed_stay_through_plus_formel():
    # eighteenth panel: « plus soutenu » brought back « Bonjour Madame Garnier, » over « Madame, », and the sentence
    # taken out came back reworded (« Je sais que… » -> « Je sais combien votre temps est précieux. »)
    versions = [
        _version(1, "new", "Bonjour Hélène,\nJe suis Claire. Un appel ? Je sais que votre temps est précieux.\nClaire"),
        _version(2, "edit", "Madame,\nJe suis Claire. Un appel ? Je sais que votre temps est précieux.\nClaire"),
        _version(3, "edit", "Madame,\nJe suis Claire. Un appel ?\nClaire"),
    ]
    formal = DraftStyle("email", "vous", "formal", False)
    rebuilt = Draft(
        "",
        "Bonjour Madame Garnier,\nJe m'appelle Claire. Un appel ? Je sais combien votre temps est précieux.\nClaire",
        formal,
    )
    again = with_hand_edits(rebuilt, hand_edits(versions))
    assert again.body == "Madame,\nJe m'appelle Claire. Un appel ?\nClaire"
    other = Draft("", "Bonjour Madame Garnier,\nJe m'appelle Claire. Votre parcours m'inspire.\nClaire", formal)
    assert "Votre parcours m'inspire." in with_hand_edits(other, hand_edits(versions)).body  # no sentence alike


def test_a_title_typed_into_the_greeting_is_never_doubled():
    # nineteenth panel: « Bonjour Delorme, » corrected by hand to « Bonjour Monsieur Delorme, », then « plus soutenu »
    # gave « Bonjour Monsieur Monsieur Delorme, »
    versions = [
        _version(1, "new", "Bonjour Delorme,\nJe suis Thierry.\nThierry"),
        _version(2, "edit", "Bonjour Monsieur Delorme,\nJe suis Thierry.\nThierry"),
    ]
    formal = Draft(
        "", "Bonjour Monsieur Delorme,\nJe me permets.\nThierry Morel", DraftStyle("email", "vous", "formal", False)
    )
    assert (
        with_hand_edits(formal, hand_edits(versions)).body == "Bonjour Monsieur Delorme,\nJe me permets.\nThierry Morel"
    )


def test_a_mentor_named_by_title_and_surname_is_greeted_with_the_title():
    # nineteenth panel: « M. Delorme » was greeted « Bonjour Delorme, »
    from assistant.common.mentor import Mentor
    from assistant.outreach.compose import compose
    from assistant.outreach.model import OutreachRequest

    request = OutreachRequest(
        mentor=Mentor(name="M. Delorme", role="", organisation=""),
        source="colleague",
        source_detail="",
        draw="il a commencé comme cariste et il est devenu directeur régional",
        goal="devenir responsable de la chaîne logistique",
        intro="Thierry Morel, chef d'équipe logistique",
        ask="call",
        first_name="Thierry",
    )
    for register in ("neutral", "formal", "warm"):
        greeting = compose(request, DraftStyle("email", "vous", register, False)).body.split("\n", 1)[0]
        assert greeting.startswith("Bonjour Monsieur Delorme") and "Monsieur Monsieur" not in greeting
