"""The word lists of the spelling corrector (``assistant.common.spelling``): SMS spellings and familiar words with a
plain equivalent, words unfit for a letter, and English words of the trade that French professionals write as
they are."""

#: Familiar clippings with one plain word, which no letter keeps whatever its register (folded keys; the outreach
#: wording uses them on the goal and the introduction too).
CLIPPINGS = {
    "prof": "professeur",
    "profs": "professeurs",
    "boite": "entreprise",
    "boites": "entreprises",
    "boulot": "travail",
    "dispo": "disponible",
    "dispos": "disponibles",
    "respo": "responsable",
    "respos": "responsables",
    "presta": "prestataire",
    "prestas": "prestataires",
    "ordi": "ordinateur",
    "labo": "laboratoire",
    "labos": "laboratoires",
    "compta": "comptabilité",
    "asso": "association",
    "assos": "associations",
    "aprem": "après-midi",
    "exam": "examen",
    "exams": "examens",
    "manip": "manipulation",
    "manips": "manipulations",
    "appart": "appartement",
    "copro": "copropriété",
    "copros": "copropriétés",
}
#: Familiar phrases with a plain wording (« prépa » alone is a preparatory class).
FAMILIAR_PHRASES = (
    (r"\bun truc\b", "quelque chose"),
    (r"\bdes trucs\b", "des choses"),
    (r"\bles trucs\b", "les choses"),
    (r"\bpr[eé]pa (?=de |des |du |d')", "préparation "),
)
#: SMS and chat spellings with one meaning, and familiar words with a plain equivalent (folded keys).
REPLACEMENTS = {
    **CLIPPINGS,
    "jai": "j'ai",
    "j'ai": "j'ai",
    "pr": "pour",
    "ds": "dans",
    "bcp": "beaucoup",
    "tt": "tout",
    "qd": "quand",
    "pcq": "parce que",
    "pck": "parce que",
    "tjs": "toujours",
    "tjrs": "toujours",
    "ns": "nous",
    "vs": "vous",
    "mm": "même",
    "qqn": "quelqu'un",
    "qqch": "quelque chose",
    "pdt": "pendant",
    "rdv": "rendez-vous",
    "bosser": "travailler",
    "taf": "travail",
    "kiffer": "apprécier",
    "perso": "personnel",
    "appli": "application",
    "tuto": "tutoriel",
    "tutos": "tutoriels",
    "cv": "CV",
    "linkedin": "LinkedIn",
}
#: Words that make a phrase unfit for a letter: laughter, fillers, slang with no plain equivalent.
UNFIT = set(
    """
    tkt pk pq stp svp jpp dsl cc slt bjr kiffé kiffe lol mdr ptdr xd jsp osef wesh grave ouf stylé style trkl bref euh
    """.split()
)
#: English words of the trade that French professionals write as they are (folded; « of »: « head of growth »,
#: « chief of staff »; « strat » is « stratégie » said short, never « sprat »).
TRADE_WORDS = set(
    """
    analyst analysts lead leads product products backend frontend fullstack front back stack scrum growth marketer
    marketing learning machine deep team teams scientist scientists onboarding offboarding dev devs devops cloud
    data manager managers designer designers owner sales business developer developers engineer engineering
    startup startups scale-up scale-ups freelance freelances web software tech ops coding bootcamp agile remote job
    jobs recruiter recruiting talent account customer success support community content brand ux ui research
    researcher analytics lean pitch networking feedback coaching mentoring leadership management consulting
    open source saas b2b b2c cto cfo ceo coo cpo vp head staff principal senior junior middle office pm po qa
    cyber cybersécurité pentest pentesteur pentester foodtech devops designeuse designeuses manageuse manageuses
    growth-hacker no-code low-code fintech healthtech edtech legaltech proptech insurtech retail ops
    afterwork afterworks meetup meetups webinar webinars hackathon hackathons
    of chief officer hook hooks webhook webhooks framework frameworks react discovery delivery roadmap roadmaps
    sprint sprints insight insights benchmark benchmarks kpi kpis okr okrs strat strats
    board boards feature features outcome outcomes key keys review reviews pushback one-to-one pre-read call calls
    testimonial testimonials deal deals pipeline pipelines diag diags
    dashboard dashboards template templates slides deck decks workshop workshops side project projects opendata
    notebook notebooks checklist checklists mindset backlog backlogs flow cash food cost gouv mooc moocs kaggle
    early adopter adopters product-market fit app apps product-led sales-led
    postdoc postdocs post-doc post-docs visio visios typescript kotlin cobol bioinformatique bio-informatique
    mentore mentoree mentores mentorees
    supply chain chains procurement sourcing planner planners buyer buyers warehouse kaizen case cases study studies
    """.split()
)
#: SMS abbreviations unfit for a letter, written out (folded keys; « tu » and « vous » forms where they differ):
#: a careful reader quotes them back in full. Laughter (« lol », « mdr ») has no full form: it is taken out.
SMS_IN_FULL = {
    "stp": ("s'il vous plaît", "s'il te plaît"),
    "svp": ("s'il vous plaît", "s'il vous plaît"),
    "dsl": ("désolé", "désolé"),
    "pk": ("pourquoi", "pourquoi"),
    "pq": ("pourquoi", "pourquoi"),
    "tkt": ("ne vous inquiétez pas", "ne t'inquiète pas"),
    "slt": ("salut", "salut"),
    "bjr": ("bonjour", "bonjour"),
    "cc": ("coucou", "coucou"),
    "jsp": ("je ne sais pas", "je ne sais pas"),
    "lol": ("", ""),
    "mdr": ("", ""),
    "ptdr": ("", ""),
    "jpp": ("", ""),
    "xd": ("", ""),
}

#: Words typed without accents that the dictionary knows with several (« apres »: « après » or « âpres »): the one a
#: mentee means.
ACCENTED_MEANT = {"apres": "après", "meme": "même", "peche": "pêche"}
