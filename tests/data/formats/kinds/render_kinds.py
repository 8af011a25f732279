"""Write a nota naar aanleiding van het verslag and a letter as XML, HTML and DOCX.

Run once from the repository root (the results are committed; run again only when this
script changes):

    .venv/bin/python tests/data/formats/kinds/render_kinds.py

Both documents are made up but follow the published layout of their kind:

* ``kst-36321-7.*``: a nota on a bill. Header "36 321 Regels over ... (Wet lobbyregister)",
  "Nr. 7 NOTA NAAR AANLEIDING VAN HET VERSLAG", "Ontvangen 12 april 2024"; the
  committee's opening sentence; sections "1. Inleiding" and "2. Reikwijdte"; the
  government's introduction ("Met belangstelling heb ik kennisgenomen ..."); faction
  opinions without an answer; numbered questions ("1 De leden ...", "2 en 3 De leden
  ...", "4 Deze leden vragen ...", "5 Kan de regering ...?") each followed by
  "Antwoord ..."; the minister's signature.
* ``kst-29984-1100.*``: a letter. "29 984 Spoorverbindingen", "Nr. 1100 BRIEF VAN DE
  MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT", "Aan de Voorzitter ...", "Den Haag, 14
  maart 2024", a body that says its subject ("Hierbij informeer ik u over ..."), and
  the signature "De Minister van Infrastructuur en Waterstaat, M.G.J. Harbers".

Each format writes them its own way, as the official sources and Word users do: the
XML with ``<stuktitel>`` (nota) or ``<titel>`` (letter), ``<divisie>``/``<kop>``
headings and "Antwoord" in bold on a line of its own; the HTML with ``<h2>`` headings,
questions in italics and "<b>Antwoord</b>" opening the answer's paragraph; the DOCX
with Word headings and a bold "Antwoord" run opening the paragraph. XML and HTML carry
the official metadata (with a publication date a few days after the document's own).
"""

from __future__ import annotations

import html
from pathlib import Path

HERE = Path(__file__).resolve().parent

NOTA_META = {
    "DC.identifier": "kst-36321-7",
    "DC.title": "Regels over de registratie van lobbyisten (Wet lobbyregister); "
    "Nota naar aanleiding van het verslag",
    "DC.type": "Kamerstuk",
    "OVERHEIDop.dossiernummer": "36321",
    "OVERHEIDop.ondernummer": "7",
    "OVERHEIDop.dossiertitel": "Regels over de registratie van lobbyisten (Wet lobbyregister)",
    "OVERHEIDop.vergaderjaar": "2023-2024",
    "DCTERMS.issued": "2024-04-16",
}
NOTA_HEAD = [
    ("year", "2023–2024"),
    ("dossier", "36321"),
    ("dossier_title", "Regels over de registratie van lobbyisten (Wet lobbyregister)"),
    ("number", "7"),
    ("type", "NOTA NAAR AANLEIDING VAN HET VERSLAG"),
    ("p", "Ontvangen 12 april 2024"),
    (
        "p",
        "De vaste commissie voor Binnenlandse Zaken, belast met het voorbereidend onderzoek "
        "van dit wetsvoorstel, heeft de eer als volgt verslag uit te brengen van haar "
        "bevindingen.",
    ),
]
# (kind, text): "h" heading, "intro"/"remark"/"p" plain, "q" numbered question,
# "a" answer (text after "Antwoord"), "sign" the signature (office, name)
NOTA_BODY = [
    ("h", "1. Inleiding"),
    (
        "intro",
        "Met belangstelling heb ik kennisgenomen van de vragen van de leden van de fracties "
        "van VVD, GroenLinks-PvdA en SGP. Graag ga ik in deze nota op deze vragen in.",
    ),
    (
        "remark",
        "De leden van de VVD-fractie hebben met belangstelling kennisgenomen van het "
        "wetsvoorstel. Zij onderschrijven het doel van meer openheid over lobby.",
    ),
    (
        "q",
        "1 De leden van de VVD-fractie vragen wanneer de regering de evaluatie van het "
        "register naar de Kamer stuurt. Kan de regering toezeggen dat zij de evaluatie "
        "binnen twee jaar naar de Kamer stuurt?",
    ),
    (
        "a",
        "De evaluatie van het register stuur ik binnen drie jaar na de inwerkingtreding "
        "naar uw Kamer.",
    ),
    ("h", "2. Reikwijdte"),
    (
        "q",
        "2 en 3 De leden van de GroenLinks-PvdA-fractie vragen of ook lokale overheden onder "
        "het register vallen. Deze leden vragen voorts hoe de regering de naleving gaat "
        "controleren.",
    ),
    (
        "a",
        "Lokale overheden vallen niet onder het wetsvoorstel. Voor de zomer van 2025 "
        "informeer ik uw Kamer over de wijze van toezicht.",
    ),
    (
        "q",
        "4 Deze leden vragen of de regering de Kamer voor 1 oktober 2024 wil informeren "
        "over de kosten van het register.",
    ),
    ("a", "Ja, ik zal uw Kamer voor 1 oktober 2024 informeren over de kosten van het register."),
    (
        "remark",
        "De leden van de SGP-fractie steunen het wetsvoorstel en zullen de Kamer voor de "
        "zomer een eigen voorstel sturen over de registratie van lobbyisten bij gemeenten.",
    ),
    (
        "q",
        "5 Kan de regering aangeven hoeveel organisaties zich naar verwachting zullen "
        "registreren?",
    ),
    (
        "a",
        "Naar verwachting registreren zich ongeveer 800 organisaties. Ik stuur uw Kamer in "
        "het eerste kwartaal van 2025 een raming per sector.",
    ),
    ("sign", ("De Minister van Binnenlandse Zaken en Koninkrijksrelaties,", "H.M. de Jonge")),
]

BRIEF_META = {
    "DC.identifier": "kst-29984-1100",
    "DC.title": "Spoorverbindingen; Brief van de minister van Infrastructuur en Waterstaat",
    "DC.type": "Kamerstuk",
    "OVERHEIDop.dossiernummer": "29984",
    "OVERHEIDop.ondernummer": "1100",
    "OVERHEIDop.dossiertitel": "Spoorverbindingen",
    "OVERHEIDop.vergaderjaar": "2023-2024",
    "DCTERMS.issued": "2024-03-19",
}
BRIEF_HEAD = [
    ("year", "2023–2024"),
    ("dossier", "29984"),
    ("dossier_title", "Spoorverbindingen"),
    ("number", "1100"),
    ("type", "BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT"),
    ("p", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    ("p", "Den Haag, 14 maart 2024"),
]
BRIEF_BODY = [
    (
        "p",
        "Hierbij informeer ik u over de voortgang van de aanleg van de Nedersaksenlijn.",
    ),
    (
        "p",
        "De verkenning naar de tracévarianten is in januari gestart. Voor het einde van dit "
        "jaar stuur ik uw Kamer de resultaten van de verkenning.",
    ),
    ("sign", ("De Minister van Infrastructuur en Waterstaat,", "M.G.J. Harbers")),
]


def _dossier(number: str) -> str:
    return f"{number[:-3]} {number[-3:]}"


# -- XML ---------------------------------------------------------------------------------


def xml(meta: dict[str, str], head, body, title_tag: str) -> str:
    e = html.escape
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<officiele-publicatie>", "  <metadata>"]
    for name, value in meta.items():
        out.append(f'    <meta name="{name}" scheme="" content="{e(value)}"/>')
    out += ["  </metadata>", "  <kamerstuk>"]
    fields = dict((k, v) for k, v in head if k != "p")
    out += [
        f"    <kamerstukkop><vergaderjaar>{fields['year']}</vergaderjaar></kamerstukkop>",
        f"    <dossier><dossiernummer><dossiernr>{fields['dossier']}</dossiernr>"
        f"</dossiernummer><titel>{e(fields['dossier_title'])}</titel></dossier>",
        "    <stuk>",
        f"      <stuknr><ondernummer>{fields['number']}</ondernummer></stuknr>",
        f"      <{title_tag}>{e(fields['type'])}</{title_tag}>",
        "      <algemeen><vrije-tekst><tekst>",
    ]
    out += [f"        <al>{e(text)}</al>" for kind, text in head if kind == "p"]
    open_division = False
    for kind, text in body:
        if kind == "h":
            if open_division:
                out.append("        </divisie>")
            nr, _, title = text.partition(" ")
            out.append(f"        <divisie><kop><nr>{nr}</nr><titel>{e(title)}</titel></kop>")
            open_division = True
        elif kind == "a":
            out.append('        <al><nadruk type="vet">Antwoord</nadruk></al>')
            out.append(f"        <al>{e(text)}</al>")
        elif kind == "sign":
            office, name = text
            out.append(
                f"        <ondertekening><al>{e(office)}</al><al>{e(name)}</al></ondertekening>"
            )
        else:
            out.append(f"        <al>{e(text)}</al>")
    if open_division:
        out.append("        </divisie>")
    out += ["      </tekst></vrije-tekst></algemeen>", "    </stuk>", "  </kamerstuk>"]
    out.append("</officiele-publicatie>")
    return "\n".join(out) + "\n"


# -- HTML --------------------------------------------------------------------------------


def page(meta: dict[str, str], head, body, title: str) -> str:
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(title)} | Officiële bekendmakingen</title>",
    ]
    out += [f'<meta name="{n}" content="{e(v)}">' for n, v in meta.items()]
    out += ["</head>", "<body>", '<div id="broodtekst" class="broodtekst">']
    out.append("<p>Tweede Kamer der Staten-Generaal</p>")
    fields = dict((k, v) for k, v in head if k != "p")
    out.append(f"<p>Vergaderjaar {fields['year']}</p>")
    out.append(f"<p><b>{_dossier(fields['dossier'])} {e(fields['dossier_title'])}</b></p>")
    out.append(f"<h1>Nr. {fields['number']} {e(fields['type'])}</h1>")
    out += [f"<p>{e(text)}</p>" for kind, text in head if kind == "p"]
    for kind, text in body:
        if kind == "h":
            out.append(f"<h2>{e(text)}</h2>")
        elif kind == "q":
            out.append(f"<p><i>{e(text)}</i></p>")
        elif kind == "a":
            out.append(f"<p><b>Antwoord</b> {e(text)}</p>")
        elif kind == "sign":
            office, name = text
            out.append(f"<p>{e(office)}<br>{e(name)}</p>")
        else:
            out.append(f"<p>{e(text)}</p>")
    out += ["</div>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


# -- DOCX --------------------------------------------------------------------------------


def word(path: Path, head, body) -> None:
    import docx

    document = docx.Document()
    fields = dict((k, v) for k, v in head if k != "p")
    document.add_paragraph("Tweede Kamer der Staten-Generaal")
    document.add_paragraph(f"Vergaderjaar {fields['year']}")
    document.add_paragraph().add_run(
        f"{_dossier(fields['dossier'])} {fields['dossier_title']}"
    ).bold = True
    document.add_paragraph().add_run(f"Nr. {fields['number']} {fields['type']}").bold = True
    for kind, text in head:
        if kind == "p":
            document.add_paragraph(text)
    for kind, text in body:
        if kind == "h":
            document.add_heading(text, level=2)
        elif kind == "a":
            paragraph = document.add_paragraph()
            paragraph.add_run("Antwoord").bold = True
            paragraph.add_run(f" {text}")
        elif kind == "sign":
            office, name = text
            document.add_paragraph(f"{office} {name}")
        else:
            document.add_paragraph(text)
    props = document.core_properties
    props.author = "Tweede Kamer"
    props.title = ""
    # fixed dates: the same script gives the same file
    import datetime as dt

    props.created = props.modified = dt.datetime(2024, 4, 12, 9, 0, 0)
    props.last_modified_by = "Tweede Kamer"
    props.revision = 1
    document.save(path)


def main() -> None:
    nota_title = "Nota naar aanleiding van het verslag"
    brief_title = "Brief van de minister van Infrastructuur en Waterstaat"
    (HERE / "kst-36321-7.xml").write_text(
        xml(NOTA_META, NOTA_HEAD, NOTA_BODY, "stuktitel"), encoding="utf-8"
    )
    (HERE / "kst-29984-1100.xml").write_text(
        xml(BRIEF_META, BRIEF_HEAD, BRIEF_BODY, "titel"), encoding="utf-8"
    )
    (HERE / "kst-36321-7.html").write_text(
        page(NOTA_META, NOTA_HEAD, NOTA_BODY, nota_title), encoding="utf-8"
    )
    (HERE / "kst-29984-1100.html").write_text(
        page(BRIEF_META, BRIEF_HEAD, BRIEF_BODY, brief_title), encoding="utf-8"
    )
    word(HERE / "kst-36321-7.docx", NOTA_HEAD, NOTA_BODY)
    word(HERE / "kst-29984-1100.docx", BRIEF_HEAD, BRIEF_BODY)


if __name__ == "__main__":
    main()
