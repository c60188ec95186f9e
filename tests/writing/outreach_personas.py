"""The 22 mentees of the outreach drafts' writing test: their answers to the outreach form, as typed.

Raw casual input on purpose: typos, missing accents, SMS, lower-case names, plural and feminine nouns, names
starting with a vowel. ``typos`` are the mentee's misspellings: none may reach a draft. ``rewrite`` is what
the mentee types when the coach has no proposal and asks them to write the part again.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OutreachPersona:
    key: str
    mentor: str  # the answer to « À qui voulez-vous écrire ? »
    source: str
    draw: str
    goal: str
    intro: str
    ask: str
    typos: tuple[str, ...] = ()
    rewrite: str = "son parcours et sa façon de transmettre"


PERSONAS = (
    OutreachPersona(
        "karim-java",
        "julien moreau, lead dev chez blablacar",
        "sur linkedin",
        "ses posts sur le clean code c trop stylé",
        "devenir tech lead d'ici 2 ans",
        "karim dev backend java chez une startup a lyon",
        "un appel de 20 min",
        typos=("c trop", "stylé", "julien", "moreau", "karim", "lyon", "a lyon"),
    ),
    OutreachPersona(
        "lea-data",
        "Claire Martin, directrice data chez Doctolib",
        "au salon VivaTech",
        "elle a monté une équipe data de zéro",
        "décrocher un poste de data analyst en startup",
        "Léa, étudiante en master data à Lyon",
        "un café de 20 minutes mardi ou jeudi soir",
    ),
    OutreachPersona(
        "ines-rh",
        "isabelle mercier, DRH chez Decathlon",
        "recommandé par julie bernard",
        "sa facon de gerer les equipes en croissance",
        "devenir responsable RH dans 3 ans",
        "ines, chargée de recrutement depuis 2 ans",
        "une visio de 30 minutes",
        typos=("facon", "gerer", "equipes", "isabelle mercier", "julie bernard", "ines"),
    ),
    OutreachPersona(
        "omar-finance",
        "Hélène Garnier, DAF chez Fives",
        "j'ai lu son article sur la trésorerie",
        "ses articles sur la tresorerie et le pilotage",
        "devenir DAF dans un groupe industriel, en passant le DSCG",
        "Omar, responsable comptable a Lille",
        "un café de 30 minutes",
        typos=("tresorerie", "a Lille"),
    ),
    OutreachPersona(
        "anais-ux",
        "Olivier Lambert, lead designer",
        "à une conf UX",
        "ses talks sur l'accessibilité",
        "devenir UX designer senior",
        "Anaïs, designeuse junior dans une agence a Nantes",
        "un appel de 15 minutes",
        typos=("a Nantes",),
    ),
    OutreachPersona(
        "eric-sales",
        "Emma Roussel, directrice commerciale chez Salesforce",
        "c'est une collègue de mon ancienne boîte",
        "ben elle a doublé le chiffre de son équipe lol",
        "passer manager commercial d'ici un an",
        "Éric, commercial terrain depuis 5 ans",
        "un déjeuner de 45 minutes",
        typos=("lol", "ben "),
    ),
    OutreachPersona(
        "yasmine-produit",
        "Aurélie Dubois, head of product chez Alan",
        "sur LinkedIn",
        "ses publications sur les équipes produit",
        "devenir product manager",
        "Yasmine, développeuse front reconvertie",
        "un appel de 20 minutes",
    ),
    OutreachPersona(
        "hugo-cyber",
        "Antoine Leroy, RSSI chez Thales",
        "au forum de la cybersécurité",
        "son parcours de pentesteur devenu RSSI",
        "trouver un stage en cybersécurité",
        "hugo etudiant en master cyber a rennes",
        "un appel de 20 minutes",
        typos=("etudiant", "hugo", "rennes"),
    ),
    OutreachPersona(
        "camille-ong",
        "Sophie Bernard, directrice des programmes chez Médecins du Monde",
        "par le travail",
        "son engagement sur le terrain",
        "rejoindre une ONG internationale",
        "Camille, chargée de projet dans une association",
        "un café de 20 minutes",
    ),
    OutreachPersona(
        "theo-freelance",
        "Marc Petit, graphiste freelance",
        "j'ai écouté son podcast sur le freelancing",
        "sa manière de trouver des clients sans prospection",
        "lancer mon activité de graphiste freelance",
        "Théo, graphiste salarié dans une agence",
        "un appel de 20 minutes",
    ),
    OutreachPersona(
        "alice-management",
        "Nathalie Roux, directrice des opérations",
        "c'est ma manager qui m'a parlé d'elle",
        "la façon dont elle anime ses réunions",
        "animer mes réunions d'équipe avec plus d'assurance",
        "Alice, cheffe d'équipe depuis six mois",
        "une visio de 20 minutes",
    ),
    OutreachPersona(
        "ugo-ia",
        "Élodie Fabre, chercheuse en IA chez Inria",
        "j'ai vu sa conférence sur les modèles de langage",
        "ses travaux sur les modeles de langage",
        "faire une thèse en intelligence artificielle",
        "Ugo, ingénieur en machine learning",
        "une visio de 30 minutes",
        typos=("modeles",),
    ),
    OutreachPersona(
        "manon-compta",
        "catherine durand, experte-comptable",
        "recommandée par mon prof de DCG",
        "jaime bcp son parcours d'experte comptable",
        "obtenir le DSCG d'ici 2028",
        "Manon, assistante comptable en alternance",
        "un café de 20 minutes",
        typos=("jaime", "bcp", "catherine durand"),
    ),
    OutreachPersona(
        "olivier-reconversion",
        "Agnès Morel, directrice d'école",
        "par une amie",
        "sa reconversion de la banque vers l'enseignement",
        "devenir professeur des écoles",
        "Olivier, conseiller bancaire depuis 10 ans",
        "un appel de 30 minutes",
    ),
    OutreachPersona(
        "sarah-ops",
        "Guillaume Blanc, directeur logistique chez Leroy Merlin",
        "lors d'un afterwork",
        "Bonjour, me revoilà ! On en était où ?",
        "devenir responsable d'entrepôt",
        "Sarah, cheffe d'équipe logistique",
        "un appel de 20 minutes",
        rewrite="son expérience de la logistique en grande distribution",
    ),
    OutreachPersona(
        "nicolas-data",
        "Inès Haddad, data scientist senior",
        "sur LinkedIn",
        "ses posts sur le machine learning en production",
        "devenir data scientist",
        "Nicolas, analyste BI depuis 3 ans",
        "un appel de 20 minutes",
    ),
    OutreachPersona(
        "emma-marketing",
        "Laure Vidal, responsable marketing chez Back Market",
        "j'ai lu son interview",
        "ses campagnes c grave ouf",
        "devenir responsable marketing digital",
        "Emma, chargée de communication",
        "un café de 20 minutes",
        typos=("grave ouf", "c grave"),
    ),
    OutreachPersona(
        "adrien-cloud",
        "Yann Le Gall, architecte cloud",
        "au meetup AWS de Bordeaux",
        "ses retours d'expérience sur les migrations vers le cloud",
        "obtenir une certification AWS",
        "Adrien, administrateur système",
        "une visio de 20 minutes",
    ),
    OutreachPersona(
        "julie-sante",
        "Dr Amélie Roche, médecin de santé publique",
        "par le travail",
        "ses recherches sur la prévention",
        "reprendre des études de santé publique",
        "Julie, infirmière depuis huit ans",
        "un appel de 20 minutes",
    ),
    OutreachPersona(
        "mehdi-startup",
        "Thomas Garcia, fondateur de deux startups",
        "j'ai vu son intervention à un salon",
        "ses deux levées de fonds",
        "lever des fonds pour ma startup",
        "Mehdi, fondateur d'une jeune pousse dans la foodtech",
        "un café de 30 minutes",
    ),
    OutreachPersona(
        "lucie-juridique",
        "Isabelle Mercier, avocate associée",
        "recommandée par Julie Bernard",
        "son expertise en droit du travail",
        "devenir avocate en droit social",
        "Lucie, juriste en entreprise",
        "un appel de 20 minutes",
    ),
    OutreachPersona(
        "arthur-ingenieur",
        "Estelle Moreau, directrice de l'ingénierie",
        "sur LinkedIn",
        "elle encadre des équipes d'ingénieurs depuis quinze ans",
        "passer ingénieur principal",
        "Arthur, ingénieur méthodes chez un équipementier",
        "un appel de 20 minutes",
    ),
)
