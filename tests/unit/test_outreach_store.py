"""Outreach store: drafts keep every version per sender; practice outcomes are kept; export and erase see both."""

from datetime import date

from assistant import privacy
from assistant.common.mentor import Mentor
from assistant.goals import store as goal_store
from assistant.goals.model import GoalFields
from assistant.outreach import store as draft_store
from assistant.outreach.model import Draft, DraftStyle, OutreachRequest
from assistant.practice import store as practice_store

REQUEST = OutreachRequest(
    mentor=Mentor("Claire Martin", "directrice data", "Doctolib"),
    source="event",
    source_detail="salon VivaTech",
    draw="sa conférence sur les équipes data",
    goal="devenir data analyst",
    intro="Léa, étudiante en master data",
    ask="coffee",
    minutes=20,
    availability="le mardi soir",
    first_name="Léa",
)
FIRST = Draft("", "Bonjour Claire, … version 1", DraftStyle())
SHORTER = Draft("", "Bonjour Claire, … courte", DraftStyle(short=True))
EMAIL = Draft("Demande d'échange", "Bonjour Claire, … e-mail", DraftStyle(channel="email"))


def test_versions_are_added_never_overwritten(database):
    saved = draft_store.save_draft("alice", REQUEST, FIRST)
    draft_store.add_version("alice", saved.id, SHORTER, "shorter")
    updated = draft_store.add_version("alice", saved.id, EMAIL, "channel")
    assert [v.number for v in updated.versions] == [1, 2, 3]
    assert [v.change for v in updated.versions] == ["initial", "shorter", "channel"]
    assert [v.draft for v in updated.versions] == [FIRST, SHORTER, EMAIL]
    assert updated.latest.draft.text.startswith("Objet : Demande d'échange\n")
    assert draft_store.current_draft("alice").request == REQUEST


def test_drafts_are_scoped_by_sender(database):
    saved = draft_store.save_draft("alice", REQUEST, FIRST)
    assert draft_store.add_version("bob", saved.id, SHORTER, "shorter") is None
    assert draft_store.choose_version("bob", saved.id, 1) is None
    assert draft_store.list_drafts("bob") == []
    assert len(draft_store.current_draft("alice").versions) == 1


def test_choose_a_version(database):
    saved = draft_store.save_draft("alice", REQUEST, FIRST)
    draft_store.add_version("alice", saved.id, SHORTER, "shorter")
    assert draft_store.choose_version("alice", saved.id, 5) is None
    chosen = draft_store.choose_version("alice", saved.id, 1)
    assert chosen.final_number == 1 and chosen.final.draft == FIRST
    assert draft_store.current_draft("alice").final.draft == FIRST


def test_goal_link_only_to_own_goal_and_changed_goal_kept_per_version(database):
    goal = goal_store.save_goal(
        "alice",
        GoalFields(
            "carriere", "devenir data analyst", "3 entretiens", date(2027, 6, 30), "changer de métier", "informel"
        ),
    )
    bobs = goal_store.save_goal(
        "bob",
        GoalFields(
            "reseau", "rencontrer 10 personnes", "10 cafés", date(2027, 6, 30), "élargir mon réseau", "informel"
        ),
    )
    assert draft_store.save_draft("alice", REQUEST, FIRST, goal_id=bobs.id).goal_id is None
    saved = draft_store.save_draft("alice", REQUEST, FIRST, goal_id=goal.id)
    assert saved.goal_id == goal.id
    other = OutreachRequest(**{**REQUEST.__dict__, "goal": "animer un meetup"})
    updated = draft_store.add_version("alice", saved.id, SHORTER, "other_goal", other, None)
    assert [v.goal for v in updated.versions] == ["devenir data analyst", "animer un meetup"]
    assert updated.request.goal == "animer un meetup" and updated.goal_id is None


def test_practice_export_and_erase(database):
    saved = draft_store.save_draft("alice", REQUEST, FIRST)
    draft_store.add_version("alice", saved.id, SHORTER, "shorter")
    practice_store.save_practice(
        "alice",
        "critique",
        "Bonjour, voulez-vous être mon mentor ?",
        2,
        8,
        {"weakest": "ask"},
        channel="linkedin_message",
    )
    practice_store.save_practice(
        "alice",
        "rehearsal",
        "Merci Claire, jeudi me va !",
        3,
        3,
        {"good": ["merci"]},
        scenario="accepts",
        draft_id=saved.id,
    )
    draft_store.save_draft("bob", REQUEST, FIRST)
    exported = privacy.export_mentee("alice")
    assert [v["body"] for v in exported["outreach_drafts"][0]["versions"]] == [FIRST.body, SHORTER.body]
    assert exported["outreach_drafts"][0]["mentor"]["organisation"] == "Doctolib"
    assert [(p["kind"], p["score"], p["scenario"]) for p in exported["outreach_practice"]] == [
        ("critique", 2, ""),
        ("rehearsal", 3, "accepts"),
    ]
    assert exported["outreach_practice"][1]["draft_id"] == saved.id
    removed = privacy.erase_mentee("alice")
    assert (removed["outreach_drafts"], removed["outreach_practice"]) == (1, 2)
    assert draft_store.list_drafts("alice") == [] and practice_store.list_practice("alice") == []
    assert len(draft_store.list_drafts("bob")) == 1


def test_hostile_text_is_kept_verbatim(database):
    hostile = "'); DROP TABLE outreach_drafts; -- <script>alert(1)</script> 🚀"
    saved = draft_store.save_draft(
        "alice", OutreachRequest(**{**REQUEST.__dict__, "draw": hostile}), Draft("", hostile, DraftStyle())
    )
    assert draft_store.list_drafts("alice")[0].request.draw == hostile
    assert draft_store.list_drafts("alice")[0].latest.draft.body == hostile
    assert saved.id == draft_store.current_draft("alice").id
