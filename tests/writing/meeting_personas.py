"""The 24 mentees of the meeting and goal texts' writing test, as they typed their answers.

Raw casual input on purpose: no accents, SMS, fillers and laughter, lower-case names and acronyms, a goal
written as a question list, broken parentheses, mentors whose names start with a vowel, feminine and plural
roles, topics instead of goals. ``typos``: what was typed wrong and must never appear in any output
(case-sensitive, whole words).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Persona:
    """A mentee's typed answers: who they meet, their goal (or a topic), its measure and reason."""

    key: str
    mentor: str
    statement: str
    measure: str
    motivation: str
    area: str
    kind: str = "informel"
    meeting_format: str = "visio"
    typos: tuple[str, ...] = ()
    topic: bool = False


PERSONAS = (
    Persona(
        "karim-daf",
        "Isabelle Mercier, DAF chez Fives (groupe industriel",
        "comment passer de responsable comptable a DAF en 3 ans, quelles competences me manquent",
        "ben quand jaurai signé mon contrat lol",
        "c trop important pr ma famille",
        "carriere",
        typos=("a DAF", "competences", "jaurai", "lol", "ben", "pr"),
    ),
    Persona(
        "lea-data",
        "julien moreau, lead dev chez blablacar",
        "devenir data analyst dans une startup a lyon",
        "decrocher 3 entretiens",
        "jveux un metier qui a du sens",
        "carriere",
        meeting_format="cafe",
        typos=("julien", "moreau", "lyon", "decrocher", "jveux", "metier", "blablacar"),
    ),
    Persona(
        "sarah-infirmiere",
        "Hélène Garnier - cadre de santé au CHU de Nantes",
        "integrer l'ecole des cadres de sante d'ici septembre 2027",
        "etre admise au concours",
        "prendre plus de responsabilites dans mon service",
        "carriere",
        meeting_format="telephone",
        typos=("integrer", "ecole", "sante", "etre", "responsabilites"),
    ),
    Persona(
        "tom-manager",
        "Olivier, directeur des opérations chez airbus",
        "animer mes reunions d'equipe sans stress",
        "animer 6 reunions sans lire mes notes",
        "euh pour que mon equipe me fasse confiance quoi",
        "leadership",
        meeting_format="sur_place",
        typos=("reunions", "equipe", "euh", "airbus"),
    ),
    Persona(
        "ines-ux",
        "Anaïs Roux, designeuse UX senior chez Doctolib",
        "mon passage a la direction du design",
        "piloter 2 projets de refonte",
        "j'aime faire grandir les autres designers",
        "leadership",
        typos=(" a la direction",),
    ),
    Persona(
        "yann-dev",
        "Yann Le Goff, CTO chez Qonto",
        "devenir tech lead avant fin 2027",
        "encadrer 2 devs juniors",
        "parce que je veux progresser techniquement et humainement",
        "technique",
        typos=(),
    ),
    Persona(
        "emilie-rh",
        "Émilie Durand, directrice des ressources humaines chez Decathlon",
        "me reconvertir dans les rh",
        "obtenir un poste de chargee de recrutement",
        "jai besoin de travailler avec des gens",
        "carriere",
        typos=("rh", "chargee", "jai"),
    ),
    Persona(
        "oceane-sql",
        "Ophélie Martin, data engineer",
        "maitriser sql pour mes tableaux de bord",
        "ecrire seule 10 requetes complexes",
        "pour gagner du temps au boulot",
        "technique",
        typos=("sql", "ecrire", "requetes", "boulot"),
    ),
    Persona(
        "hugo-aws",
        "Hugo Lefèvre, architecte cloud chez OVHcloud",
        "obtenir la certif aws",
        "reussir l'examen avec au moins 80 %",
        "mon entreprise passe au cloud et je veux suivre",
        "technique",
        typos=("certif", "aws", "reussir"),
    ),
    Persona(
        "amel-parole",
        "Élodie Bernard, consultante en communication",
        "prendre la parole en reunion sans stresser",
        "intervenir dans 4 reunions d'equipe",
        "on me dit souvent que mes idees sont bonnes mais que je parle pas assez",
        "relationnel",
        kind="distance",
        typos=("reunion", "reunions", "equipe", "idees"),
    ),
    Persona(
        "lucas-reseau",
        "Antoine Petit, organisateur des meetups Python de Lille",
        "rencontrer des pros de la data a lille",
        "10 echanges avec des professionnels",
        "je connais personne dans le milieu",
        "reseau",
        kind="groupe",
        typos=("lille", "echanges"),
    ),
    Persona(
        "chloe-resto",
        "les Dupuis, restaurateurs à Bordeaux",
        "ouvrir mon resto dans 2 ans",
        "avoir un business plan valide par ma banque",
        "c'est mon reve depuis toujours",
        "carriere",
        meeting_format="cafe",
        typos=("resto", "valide", "reve"),
    ),
    Persona(
        "medhi-ops",
        "Inès Haddad, responsable de la production",
        "resoudre seul les incidents de prod",
        "resoudre 5 incidents sans escalade",
        "pour etre plus autonome",
        "resolution_problemes",
        typos=("resoudre", "etre"),
    ),
    Persona(
        "julie-vente",
        "Ugo Marchetti, directeur commercial",
        "depasser mes objectifs de vente de 20 %",
        "chiffre d'affaires en hausse de 20 % sur l'annee",
        "ben pour avoir une prime lol",
        "carriere",
        typos=("depasser", "annee", "lol", "ben"),
    ),
    Persona(
        "nora-juriste",
        "Agnès Morel, avocate associée",
        "devenir avocate associee",
        "etre cooptee par les associes",
        "c'est la suite logique de ma carriere",
        "carriere",
        kind="formel",
        typos=("associee", "etre", "cooptee", "associes", "carriere"),
    ),
    Persona(
        "paul-pm",
        "Étienne Roy, product manager chez BlaBlaCar",
        "passer de dev a product manager",
        "decrocher un poste de PM en interne",
        "j'ai envie de parler aux utilisateurs et aux developeurs",
        "carriere",
        typos=("dev a", "decrocher", "developeurs"),
    ),
    Persona(
        "zoe-topic",
        "Irène Colin, DRH",
        "la negociation de mon salaire",
        "",
        "",
        "",
        topic=True,
        typos=("negociation",),
    ),
    Persona(
        "adam-topic",
        "ma manager",
        "mon passage au management",
        "",
        "",
        "",
        topic=True,
    ),
    Persona(
        "samia-formation",
        "Alice Fontaine, formatrice indépendante",
        "devenir formatrice en management",
        "animer 3 formations payees",
        "transmettre ce que j'ai appris",
        "leadership",
        typos=("payees",),
    ),
    Persona(
        "kevin-cyber",
        "Eric Laurent, RSSI chez Thales",
        "me specialiser en cybersecurite",
        "obtenir la certification CISSP",
        "le secteur recrute beaucoup",
        "technique",
        typos=("specialiser", "cybersecurite"),
    ),
    Persona(
        "lina-intl",
        "Aurélie Blanc, responsable export",
        "travailler a l'international",
        "obtenir une mobilite a l'etranger",
        "jveux voir du pays",
        "carriere",
        typos=("mobilite", "etranger", "jveux", "a l'international"),
    ),
    Persona(
        "max-freelance",
        "Benoît Girard, développeur freelance",
        "me lancer en freelance",
        "signer 3 clients en 6 mois",
        "avoir plus de liberte",
        "carriere",
        typos=("liberte",),
    ),
    Persona(
        "eva-asso",
        "Odile Renaud, présidente d'une association d'insertion",
        "devenir presidente de mon asso",
        "etre elue a l'AG",
        "faire bouger les choses dans mon quartier",
        "leadership",
        typos=("presidente", "etre", "elue a"),
    ),
    Persona(
        "theo-bts",
        "Mme Lefort, professeure de BTS",
        "reussir mon bts ndrc",
        "avoir mon diplome avec mention",
        "pour rassurer mes parents",
        "carriere",
        kind="formel",
        typos=("reussir", "bts", "diplome"),
    ),
)
