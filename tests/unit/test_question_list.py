def test_a_question_asked_about_a_subject_is_put_to_the_mentor():
    from assistant.meetings.edit_requests import read_edit_request

    how = read_edit_request("rajoute-en une sur comment elle a choisi son premier poste", 8)
    assert how.kind == "add" and how.text == "Comment vous avez choisi votre premier poste ?"
    topic = read_edit_request("ajoute une question à propos de son réseau dans la santé", 8)
    assert topic.text == "Pourriez-vous m'en dire plus sur votre réseau dans la santé ?"
