"""Panel defect: French in SMS style at the goal's summary got « I only speak French » (``reads_as_french``)."""

import pytest

from assistant.coaching.text import reads_as_french


@pytest.mark.parametrize(
    "text",
    [
        "mdr c quoi ce truc dans le titre 😅 bon ok valide",
        "ptdr jsuis pas sur de la date mais bon enregistre stp",
        "ouais trop bien, moi ca me va",
    ],
)
def test_familiar_french_reads_as_french(text):
    assert reads_as_french(text)


@pytest.mark.parametrize(
    "text",
    [
        "please help me write to my mentor",
        "buenas, necesito ayuda con mi carrera profesional",
        "guten Abend, ich suche eine Mentorin",
        "bom dia, quero encontrar um mentor",
    ],
)
def test_other_languages_do_not(text):
    assert not reads_as_french(text)
