"""Outreach store: drafts keep every version per sender; practice outcomes are kept; export and erase see both."""

from datetime import date

from assistant.coaching.goals import GoalFields
from assistant.coaching.meeting import Mentor
from assistant.coaching.outreach import Draft, DraftStyle, OutreachRequest
from assistant.store import outreach, repository

REQUEST = OutreachRequest(
    mentor=Mentor("Claire Martin", "directrice data", "Doctolib"), source="event", source_detail="salon VivaTech",
    draw="sa conférence sur les équipes data", goal="devenir data analyst", intro="Léa, étudiante en master data",
    ask="coffee", minutes=20, availability="le mardi soir", first_name="Léa",
)
FIRST = Draft("", "Bonjour Claire, … version 1", DraftStyle())
SHORTER = Draft("", "Bonjour Claire, … courte", DraftStyle(short=True))
EMAIL = Draft("Demande d'échange", "Bonjour Claire, … e-mail", DraftStyle(channel="email"))


def test_versions_are_added_never_overwritten(database):
    saved = outreach.save_draft("alice", REQUEST, FIRST)
    outreach.add_version("alice", saved.id, SHORTER, "shorter")
    updated = outreach.add_version("alice", saved.id, EMAIL, "channel")
    assert [v.number for v in updated.versions] == [1, 2, 3]
    assert [v.change for v in updated.versions] == ["initial", "shorter", "channel"]
    assert [v.draft for v in updated.versions] == [FIRST, SHORTER, EMAIL]
    assert updated.latest.draft.text.startswith("Objet : Demande d'échange\n")
    assert outreach.current_draft("alice").request == REQUEST


def test_drafts_are_scoped_by_sender(database):
    saved = outreach.save_draft("alice", REQUEST, FIRST)
    assert outreach.add_version("bob", saved.id, SHORTER, "shorter") is None
    assert outreach.choose_version("bob", saved.id, 1) is None
    assert outreach.list_drafts("bob") == []
    assert len(outreach.current_draft("alice").versions) == 1


def test_choose_a_version(database):
    saved = outreach.save_draft("alice", REQUEST, FIRST)
    outreach.add_version("alice", saved.id, SHORTER, "shorter")
    assert outreach.choose_version("alice", saved.id, 5) is None
    chosen = outreach.choose_version("alice", saved.id, 1)
    assert chosen.final_number == 1 and chosen.final.draft == FIRST
    assert outreach.current_draft("alice").final.draft == FIRST


def test_goal_link_only_to_own_goal_and_changed_goal_kept_per_version(database):
    goal = repository.save_goal("alice", GoalFields("carriere", "devenir data analyst", "3 entretiens",
                                                    date(2027, 6, 30), "changer de métier", "informel"))
    bobs = repository.save_goal("bob", GoalFields("reseau", "rencontrer 10 personnes", "10 cafés",
                                                  date(2027, 6, 30), "élargir mon réseau", "informel"))
    assert outreach.save_draft("alice", REQUEST, FIRST, goal_id=bobs.id).goal_id is None
    saved = outreach.save_draft("alice", REQUEST, FIRST, goal_id=goal.id)
    assert saved.goal_id == goal.id
    other = OutreachRequest(**{**REQUEST.__dict__, "goal": "animer un meetup"})
    updated = outreach.add_version("alice", saved.id, SHORTER, "other_goal", other, None)
    assert [v.goal for v in updated.versions] == ["devenir data analyst", "animer un meetup"]
    assert updated.request.goal == "animer un meetup" and updated.goal_id is None


def test_practice_export_and_erase(database):
    saved = outreach.save_draft("alice", REQUEST, FIRST)
    outreach.add_version("alice", saved.id, SHORTER, "shorter")
    outreach.save_practice("alice", "critique", "Bonjour, voulez-vous être mon mentor ?", 2, 8,
                           {"weakest": "ask"}, channel="linkedin_message")
    outreach.save_practice("alice", "rehearsal", "Merci Claire, jeudi me va !", 3, 3, {"good": ["merci"]},
                           scenario="accepts", draft_id=saved.id)
    outreach.save_draft("bob", REQUEST, FIRST)
    exported = repository.export_mentee("alice")
    assert [v["body"] for v in exported["outreach_drafts"][0]["versions"]] == [FIRST.body, SHORTER.body]
    assert exported["outreach_drafts"][0]["mentor"]["organisation"] == "Doctolib"
    assert [(p["kind"], p["score"], p["scenario"]) for p in exported["outreach_practice"]] == [
        ("critique", 2, ""), ("rehearsal", 3, "accepts")]
    assert exported["outreach_practice"][1]["draft_id"] == saved.id
    removed = repository.erase_mentee("alice")
    assert (removed["outreach_drafts"], removed["outreach_practice"]) == (1, 2)
    assert outreach.list_drafts("alice") == [] and outreach.list_practice("alice") == []
    assert len(outreach.list_drafts("bob")) == 1


def test_hostile_text_is_kept_verbatim(database):
    hostile = "'); DROP TABLE outreach_drafts; -- <script>alert(1)</script> 🚀"
    saved = outreach.save_draft("alice", OutreachRequest(**{**REQUEST.__dict__, "draw": hostile}),
                                Draft("", hostile, DraftStyle()))
    assert outreach.list_drafts("alice")[0].request.draw == hostile
    assert outreach.list_drafts("alice")[0].latest.draft.body == hostile
    assert saved.id == outreach.current_draft("alice").id
