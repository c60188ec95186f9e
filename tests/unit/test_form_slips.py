"""What the review of a mentee's own text says about its form: SMS spelling and missing accents, an over-familiar
sign-off, a pushy demand, English fillers (blind panel 9: an SMS-style message and a follow-up opening on
« Hello … no pressure » passed without a word about them)."""

from assistant.common.mentor import Mentor
from assistant.practice import rehearsal
from assistant.practice.critique import critique_message, critique_text
from assistant.practice.form_slips import form_notes, form_slips
from assistant.practice.model import Critique

CASUAL = (
    "slt ! jsuis Nora, jbosse en boulangerie et jkiff grave ta page pro sur les viennoiseries. tu pourrais "
    "m'aider stp ? jvoudrais ouvrir ma boutique en 2028, ecris moi vite, j'attends ta réponse. merci bcp, bises"
)
POLISHED = (
    "Bonjour Madame Perrin,\nJe m'appelle Yanis, magasinier depuis huit ans. J'ai lu votre article sur la "
    "chaîne d'approvisionnement.\nMon objectif est de devenir planificateur logistique d'ici juin 2028.\n"
    "Auriez-vous 15 minutes pour un appel, à votre convenance ?\nMerci d'avance,\nYanis"
)


def _critique(text: str) -> Critique:
    parsed = critique_message(text)
    assert parsed.ok, parsed.problem
    return parsed.value


def test_sms_spellings_are_quoted_with_their_full_form_abbreviations_first():
    slips = form_slips("coucou, jsuis en reconversion et jai deja un projet, stp dis moi. merci bcp")
    found = dict(slips.sms)
    assert list(found) == ["jai", "stp", "bcp", "jsuis"]  # abbreviations, then contractions; « deja » is the fifth
    assert found["jsuis"] == "je suis" and found["jai"] == "j'ai"
    note = form_notes(form_slips("salut, jsuis dispo et tres motivée"), tu=True)[0]
    assert "« jsuis » s'écrit « je suis »" in note and "« tres » s'écrit « très »" in note
    assert "« stp » s'écrit « s'il te plaît »" in form_notes(form_slips("aide moi stp"), tu=True)[0]
    assert "« stp » s'écrit « s'il vous plaît »" in form_notes(form_slips("aidez moi stp"), tu=False)[0]


def test_a_careful_message_has_no_form_slip():
    assert not form_slips(POLISHED)
    assert not form_slips(
        "Mon CV est sur LinkedIn ; je prépare un BTS à Nice, chez Doctolib, en tant que data analyst."
    )


def test_an_over_familiar_sign_off_is_named_with_a_professional_one():
    assert form_slips("À très vite, gros bisous").sign_off == ("gros bisous",)
    assert form_slips("Merci encore, Bises !").sign_off == ("Bises",)
    (note,) = form_notes(form_slips("Merci encore, xoxo"), tu=False)
    assert note.startswith("« xoxo » : c'est une formule pour les proches.") and "« Bien cordialement »" in note


def test_a_pushy_demand_is_quoted_as_typed():
    assert form_slips("Réponds-moi vite, c'est urgent !").pushy == ("Réponds-moi vite", "c'est urgent")
    assert form_slips("J'attends votre retour au plus vite.").pushy == ("J'attends votre retour", "au plus vite")
    assert not form_slips("Je vous répondrai dès que j'aurai avancé.").pushy
    (note,) = form_notes(form_slips("reponds moi vite"), tu=True)
    assert "« reponds moi vite » : cela presse la personne" in note and "« quand ça t'arrange »" in note
    assert form_notes(form_slips("reponds moi vite"), tu=True, with_pushy=False) == []


def test_english_fillers_get_their_french_word_in_the_tone():
    assert form_slips("Hi Paul, no pressure, let me know. Thanks !").english == (
        "Hi",
        "no pressure",
        "let me know",
        "Thanks",
    )
    (note,) = form_notes(form_slips("Hello Paul, btw please"), tu=False)
    assert "« Bonjour » plutôt que « Hello »" in note and "« au fait » plutôt que « btw »" in note
    assert "« s'il vous plaît » plutôt que « please »" in note
    assert form_slips("Je vis à Nice et je travaille en growth marketing, un call suffit.").english == ()


def test_the_review_of_an_sms_message_says_its_form_and_the_pushy_demand_costs_the_time_check():
    result = _critique(CASUAL)
    time = next(r for r in result.results if r.key == "time_respect")
    assert not time.passed and "« ecris moi vite », « j'attends ta réponse »" in time.comment
    text = critique_text(result)
    assert "« jsuis » s'écrit « je suis »" in text and "« slt » s'écrit « salut »" in text
    assert "« bises » : c'est une formule pour les proches" in text
    assert text.count("j'attends ta réponse") == 1  # said by the check, not again as a note


def test_a_message_complete_but_for_its_form_is_not_called_ready():
    casual_ending = POLISHED.replace("Merci d'avance,\nYanis", "Merci d'avance, Hello à l'équipe,\nbisous\nYanis")
    result = _critique(casual_ending)
    assert result.score == result.total
    text = critique_text(result)
    assert "prêt à partir" not in text and "Le fond y est : voyez les remarques ci-dessous" in text
    assert "« bisous »" in text and "« Bonjour » plutôt que « Hello »" in text
    assert "prêt à partir" in critique_text(_critique(POLISHED))


def test_a_rehearsed_follow_up_in_franglais_gets_a_note_and_a_pushy_one_loses_the_no_reproach_check():
    ctx = rehearsal.RehearsalContext(mentor=Mentor("Marc"))
    reply = (
        "Hello Marc, je me permets de revenir vers vous suite à mon message de la semaine dernière, no pressure ! "
        "Auriez-vous 20 minutes pour un appel ? Merci, Lina"
    )
    feedback = rehearsal.review_reply("silence", reply, ctx).value
    assert feedback.score == feedback.total and len(feedback.notes) == 1
    text = rehearsal.feedback_text(feedback)
    assert "« rien ne presse » plutôt que « no pressure »" in text and "telle quelle" not in text
    pushy = rehearsal.review_reply(
        "silence", "Bonjour Marc, suite à mon message, répondez-moi rapidement pour un appel de 20 minutes.", ctx
    ).value
    assert pushy.score == pushy.total - 1 and any("« répondez-moi rapidement »" in c for c in pushy.to_change)
    assert not pushy.notes
    accepted = rehearsal.review_reply("accepts", "Merci ! Mardi 10h me va. J'attends votre retour, bisous", ctx).value
    assert len(accepted.notes) == 2  # no check there says the pushy demand: a note does
