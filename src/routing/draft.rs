//! A request skeleton from a routing answer: addressed to the first authority, in a language it
//! accepts where a template exists (English, French, Spanish), headed by the legal basis, one
//! section per checklist item, filled with the particulars given or marked to be completed. As
//! Markdown and as a DOCX document. Nothing here is stored or logged: a draft holds case
//! particulars.

use std::collections::BTreeMap;
use std::io::Cursor;

use docx_rs::{Docx, Paragraph, Run};

use super::Route;
use crate::domain::LanguageCode;

/// The languages drafts are written in.
pub const TEMPLATES: [&str; 3] = ["en", "fr", "es"];

/// The fixed words of a template.
struct Words {
    title_mla: &'static str,
    title_extradition: &'static str,
    title_transfer: &'static str,
    title_preservation: &'static str,
    to: &'static str,
    from: &'static str,
    reference: &'static str,
    legal_basis: &'static str,
    no_basis: &'static str,
    urgent: &'static str,
    to_complete: &'static str,
    channel: &'static str,
    language_note: &'static str,
    draft_note: &'static str,
}

const EN: Words = Words {
    title_mla: "Request for mutual legal assistance in a criminal matter",
    title_extradition: "Request for extradition",
    title_transfer: "Request for the transfer of criminal proceedings",
    title_preservation: "Request for the expedited preservation of stored computer data",
    to: "To",
    from: "From",
    reference: "Reference",
    legal_basis: "Legal basis",
    no_basis: "Reciprocity, or the bilateral treaty between the two States",
    urgent: "URGENT",
    to_complete: "[to be completed]",
    channel: "Transmission",
    language_note: "Language of the request",
    draft_note: "Draft prepared from the directory of competent national authorities; check every \
                 element against the requested State's law before sending.",
};

const FR: Words = Words {
    title_mla: "Demande d'entraide judiciaire en matière pénale",
    title_extradition: "Demande d'extradition",
    title_transfer: "Demande de transfert des procédures pénales",
    title_preservation: "Demande de conservation rapide de données informatiques stockées",
    to: "Destinataire",
    from: "Autorité requérante",
    reference: "Référence",
    legal_basis: "Fondement juridique",
    no_basis: "Réciprocité, ou le traité bilatéral entre les deux États",
    urgent: "URGENT",
    to_complete: "[à compléter]",
    channel: "Transmission",
    language_note: "Langue de la demande",
    draft_note: "Projet établi à partir du répertoire des autorités nationales compétentes ; \
                 vérifier chaque élément au regard du droit de l'État requis avant l'envoi.",
};

const ES: Words = Words {
    title_mla: "Solicitud de asistencia judicial recíproca en materia penal",
    title_extradition: "Solicitud de extradición",
    title_transfer: "Solicitud de remisión de actuaciones penales",
    title_preservation: "Solicitud de conservación rápida de datos informáticos almacenados",
    to: "Destinatario",
    from: "Autoridad requirente",
    reference: "Referencia",
    legal_basis: "Fundamento jurídico",
    no_basis: "Reciprocidad, o el tratado bilateral entre ambos Estados",
    urgent: "URGENTE",
    to_complete: "[por completar]",
    channel: "Transmisión",
    language_note: "Idioma de la solicitud",
    draft_note:
        "Borrador preparado a partir del directorio de autoridades nacionales competentes; \
                 verifique cada elemento conforme al derecho del Estado requerido antes del envío.",
};

/// The heading of each checklist section, by item code, in French and Spanish (English uses the
/// item's own text).
fn section_title(code: &str, lang: &str) -> Option<&'static str> {
    let (fr, es) = match code {
        "requesting_authority" => ("Autorité requérante", "Autoridad requirente"),
        "proceedings" => (
            "Objet et nature de l'enquête, des poursuites ou de la procédure, et autorité qui en est chargée",
            "Objeto y naturaleza de la investigación, el proceso o las actuaciones, y autoridad encargada",
        ),
        "facts" => ("Résumé des faits pertinents", "Resumen de los hechos pertinentes"),
        "assistance_sought" => (
            "Assistance demandée et procédure particulière souhaitée",
            "Asistencia solicitada y procedimiento particular que se desea",
        ),
        "persons" => (
            "Identité, localisation et nationalité des personnes concernées",
            "Identidad, ubicación y nacionalidad de las personas interesadas",
        ),
        "purpose" => (
            "Fin pour lequel les éléments de preuve ou les informations sont demandés",
            "Finalidad de las pruebas o la información solicitadas",
        ),
        "form_and_language" => ("Forme et langue de la demande", "Forma e idioma de la solicitud"),
        "confidentiality" => ("Confidentialité", "Confidencialidad"),
        "warrant_or_judgment" => (
            "Mandat d'arrêt ou jugement exécutoire",
            "Orden de detención o sentencia ejecutoria",
        ),
        "offences" => (
            "Infractions : date, lieu et qualification juridique",
            "Delitos: fecha, lugar y calificación jurídica",
        ),
        "enactments" => (
            "Textes législatifs applicables et peines encourues",
            "Disposiciones legales aplicables y penas",
        ),
        "person" => (
            "Signalement, identité, nationalité et localisation de la personne",
            "Descripción, identidad, nacionalidad y ubicación de la persona",
        ),
        "assurances" => ("Garanties", "Garantías"),
        "facts_and_offences" => (
            "Faits, infractions et textes applicables",
            "Hechos, delitos y disposiciones aplicables",
        ),
        "justice_reasons" => (
            "Motifs tenant à la bonne administration de la justice",
            "Motivos relativos a la correcta administración de justicia",
        ),
        "file" => ("Dossier et éléments de preuve", "Expediente y pruebas"),
        "offence_and_facts" => (
            "Infraction et résumé des faits",
            "Delito y resumen de los hechos",
        ),
        "data" => ("Données à conserver", "Datos que deben conservarse"),
        "custodian" => (
            "Détenteur des données ou localisation du système",
            "Custodio de los datos o ubicación del sistema",
        ),
        "necessity" => ("Nécessité de la conservation", "Necesidad de la conservación"),
        "follow_up" => (
            "Demande d'entraide à suivre",
            "Solicitud de asistencia que seguirá",
        ),
        "requested_state_requirements" => (
            "Exigences de l'État requis",
            "Requisitos del Estado requerido",
        ),
        _ => return None,
    };
    match lang {
        "fr" => Some(fr),
        "es" => Some(es),
        _ => None,
    }
}

/// The template language: the first language the authority accepts that has a template, else the
/// caller's preference among the templates, else English.
pub fn language(route: &Route, preferred: Option<&LanguageCode>) -> &'static str {
    let templated = |code: &str| TEMPLATES.iter().copied().find(|t| *t == code);
    route
        .languages
        .accepted
        .iter()
        .filter(|l| preferred.is_none_or(|p| p == *l))
        .chain(route.languages.accepted.iter())
        .find_map(|l| templated(l.as_str()))
        .or_else(|| preferred.and_then(|p| templated(p.as_str())))
        .unwrap_or("en")
}

/// One draft: its parts in order.
#[derive(Debug, Clone)]
pub struct Draft {
    pub language: &'static str,
    pub title: String,
    /// `(label, value)` lines under the title.
    pub heading: Vec<(String, String)>,
    /// `(title, reference, body)` per checklist item; `body` is the particulars or the marker.
    pub sections: Vec<(String, String, String)>,
    pub note: String,
}

/// `text` without the control characters a DOCX (XML 1.0) cannot hold; tabs and line breaks stay.
fn printable(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

/// The draft of `route` with the particulars given (by checklist item code), in `lang`.
pub fn compose(
    route: &Route,
    lang: &'static str,
    reference: Option<&str>,
    particulars: &BTreeMap<String, String>,
) -> Draft {
    let words = match lang {
        "fr" => &FR,
        "es" => &ES,
        _ => &EN,
    };
    let measure = route.question.measure.as_str();
    let mut title = match measure {
        "EXTRADITION" => words.title_extradition,
        "TRANSFER_PROCEEDINGS" => words.title_transfer,
        "CYBER_24_7" => words.title_preservation,
        _ => words.title_mla,
    }
    .to_owned();
    if route.question.urgent {
        title = format!("{} — {title}", words.urgent);
    }
    let first = route.authorities.first();
    let addressee = match first {
        Some(a) => {
            let view = &a.authority;
            let name = view
                .names
                .iter()
                .find(|(l, _)| l.as_str() == lang)
                .or_else(|| view.names.get_key_value(&view.original_language))
                .map(|(_, n)| n.clone())
                .unwrap_or_default();
            match &view.address {
                Some(address) => {
                    let address: Vec<&str> = address
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .collect();
                    format!("{name}, {} ({})", address.join(", "), view.country)
                }
                None => format!("{name} ({})", view.country),
            }
        }
        None => format!("{} ({})", words.to_complete, route.question.to),
    };
    let bases = if route.legal_bases.is_empty() {
        words.no_basis.to_owned()
    } else {
        route
            .legal_bases
            .iter()
            .map(|b| b.citation.clone())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let mut heading = vec![
        (words.to.to_owned(), addressee),
        (
            words.from.to_owned(),
            particulars
                .get("requesting_authority")
                .map(|t| printable(t))
                .unwrap_or_else(|| format!("{} ({})", words.to_complete, route.question.from)),
        ),
        (
            words.reference.to_owned(),
            reference.map_or_else(|| words.to_complete.to_owned(), printable),
        ),
        (words.legal_basis.to_owned(), bases),
    ];
    if let Some(d) = first.and_then(|a| a.designation.as_ref()) {
        let how: Vec<&str> = d
            .channels
            .iter()
            .map(|c| c.as_str())
            .chain(d.means.iter().map(|m| m.as_str()))
            .collect();
        if !how.is_empty() {
            heading.push((words.channel.to_owned(), how.join(", ")));
        }
    }
    heading.push((
        words.language_note.to_owned(),
        route
            .languages
            .accepted
            .iter()
            .map(|l| l.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    ));
    let sections = route
        .checklist
        .iter()
        .map(|item| {
            let title = section_title(&item.code, lang)
                .map(str::to_owned)
                .unwrap_or_else(|| item.text.clone());
            let body = particulars
                .get(&item.code)
                .filter(|t| !t.trim().is_empty())
                .map(|t| printable(t))
                .unwrap_or_else(|| words.to_complete.to_owned());
            (title, item.reference.clone(), body)
        })
        .collect();
    Draft {
        language: lang,
        title,
        heading,
        sections,
        note: words
            .draft_note
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    }
}

impl Draft {
    /// The draft as Markdown.
    pub fn markdown(&self) -> String {
        let mut out = format!("# {}\n\n", self.title);
        for (label, value) in &self.heading {
            out.push_str(&format!("**{label}:** {value}  \n"));
        }
        for (i, (title, reference, body)) in self.sections.iter().enumerate() {
            out.push_str(&format!(
                "\n## {}. {title}\n\n*{reference}*\n\n{body}\n",
                i + 1
            ));
        }
        out.push_str(&format!("\n---\n\n*{}*\n", self.note));
        out
    }

    /// The draft as a DOCX document.
    pub fn docx(&self) -> anyhow::Result<Vec<u8>> {
        let bold = |text: &str, size: usize| Run::new().add_text(text).bold().size(size);
        let mut doc = Docx::new().add_paragraph(Paragraph::new().add_run(bold(&self.title, 32)));
        for (label, value) in &self.heading {
            doc = doc.add_paragraph(
                Paragraph::new()
                    .add_run(bold(&format!("{label}: "), 22))
                    .add_run(Run::new().add_text(value).size(22)),
            );
        }
        for (i, (title, reference, body)) in self.sections.iter().enumerate() {
            doc = doc
                .add_paragraph(Paragraph::new().add_run(bold(&format!("{}. {title}", i + 1), 26)))
                .add_paragraph(
                    Paragraph::new().add_run(Run::new().add_text(reference).italic().size(18)),
                );
            for line in body.lines() {
                doc = doc.add_paragraph(Paragraph::new().add_run(Run::new().add_text(line)));
            }
        }
        doc = doc.add_paragraph(
            Paragraph::new().add_run(Run::new().add_text(&self.note).italic().size(18)),
        );
        let mut out = Cursor::new(Vec::new());
        doc.build()
            .pack(&mut out)
            .map_err(|e| anyhow::anyhow!("writing the DOCX draft: {e}"))?;
        Ok(out.into_inner())
    }
}
