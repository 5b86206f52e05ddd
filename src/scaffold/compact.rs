//! `overens new`: a new compact folder with commented front matter and one example
//! principle, so an editor starts from a file that builds rather than from an empty page.
//! What stands in for the editor's own text is written so that `check` finds it.

use std::fs;
use std::path::{Path, PathBuf};

use super::{quoted, write_new};
use crate::config::Config;
use crate::content::{
    is_slug, load_topics, slugify, County, Kind, PLACEHOLDER_BACKGROUND, PLACEHOLDER_COMPACT_TEXT,
    PLACEHOLDER_EVENT, PLACEHOLDER_PRINCIPLE_TEXT, PLACEHOLDER_PRINCIPLE_TITLE,
    PLACEHOLDER_SUMMARY, PLAN_FILE, SIGNATORIES_FILE,
};
use crate::diagnostics::{Problem, Problems};
use crate::files::relative;
use crate::messages as m;
use crate::urls;

/// Creates `content/<slug>/` for `municipality` in the site at `root`, and returns the files
/// it wrote, relative to `root`.
pub(crate) fn create(
    root: &Path,
    municipality: &str,
    kind: Kind,
) -> Result<Vec<PathBuf>, Problems> {
    let one = |problem: Problem| -> Problems { problem.into() };
    // A site whose settings cannot be read gets no new compact until they can.
    Config::load(root)?;
    let slug = slugify(municipality);
    let folder = root.join("content").join(&slug);
    check_name(municipality, &slug, &folder, root).map_err(one)?;
    let topics = load_topics(root)?;
    let Some(topic) = topics.first() else {
        return Err(one(Problem::in_file(
            Path::new("content/topics.yaml"),
            m::THERE_ARE_NO_TOPICS,
        )
        .with_hint(m::ADD_LEAST_ONE_TOPIC_CONTENT)));
    };
    let index = folder.join("_index.md");
    let principle = folder.join("principles").join("exempel.md");
    let plan = folder.join(PLAN_FILE);
    let signatories = folder.join(SIGNATORIES_FILE);
    let written = write_new(&index, &compact_text(municipality, kind))
        .and_then(|()| write_new(&principle, &principle_text(&topic.id, &topic.name)))
        .and_then(|()| write_new(&plan, PLAN_TEXT))
        .and_then(|()| write_new(&signatories, SIGNATORIES_TEXT));
    if let Err(e) = written {
        // Leave nothing half-made behind: the folder did not exist before.
        let _ = fs::remove_dir_all(&folder);
        return Err(one(Problem::in_file(
            &relative(root, &folder),
            m::FOLDER_COULD_NOT_CREATED,
        )
        .with_hint(m::SYSTEM_SAYS.with(&[&e]))));
    }
    Ok([index, principle, plan, signatories]
        .iter()
        .map(|path| relative(root, path))
        .collect())
}

/// Refuses names that make no slug, the site's own words, and folders that exist.
pub(crate) fn check_name(
    name: &str,
    slug: &str,
    folder: &Path,
    root: &Path,
) -> Result<(), Problem> {
    let shown = relative(root, folder);
    if !is_slug(slug) {
        return Err(
            Problem::in_file(&shown, m::NO_WEB_ADDRESS_CAN_MADE.with(&[&name]))
                .with_hint(m::GIVE_MUNICIPALITY_S_REGION_S),
        );
    }
    if urls::is_reserved(slug) {
        return Err(
            Problem::in_file(&shown, m::ALREADY_USED_SITE_S_OWN.with(&[&slug]))
                .with_hint(m::CREATE_FOLDER_YOURSELF_UNDER_ANOTHER),
        );
    }
    if folder.exists() {
        return Err(Problem::in_file(&shown, m::FOLDER_ALREADY_EXISTS)
            .with_hint(m::OVERENS_NEW_NEVER_OVERWRITES_ANYTHING));
    }
    Ok(())
}

fn compact_text(municipality: &str, kind: Kind) -> String {
    let title = format!("Överenskommelsen i {municipality}");
    format!(
        "{}{PLACEHOLDER_COMPACT_TEXT} Rubriker börjar på ## eftersom sidans titel
redan är den största rubriken.

## Bakgrund

{PLACEHOLDER_BACKGROUND}
",
        front_matter(&title, municipality, kind)
    )
}

/// A compact's front matter, `---` to `---`, with every key explained: what `new` and
/// `import` write above the compact's text.
pub(crate) fn front_matter(title: &str, municipality: &str, kind: Kind) -> String {
    let name = quoted(municipality);
    let title = quoted(title);
    // A region's name says its county ("Region Skåne"); a municipality's the editor adds.
    let county = match County::parse(municipality) {
        Some(county) if kind != Kind::Nationell => format!("county: {}", county.name()),
        _ => "# county: Skåne län".to_owned(),
    };
    let kind = kind.key();
    format!(
        "---
# Inställningarna står mellan raderna med ---. Rader som börjar med # är kommentarer
# och syns inte på webbplatsen. Skriv nyckel: värde, en per rad, med mellanslag (inte tabb).

# Överenskommelsens fullständiga titel, som den står i beslutet.
title: {title}
# Kommunens eller regionens namn, som det ska synas i listor och jämförelser.
municipality: {name}
# kommun, region eller nationell.
kind: {kind}
# Länet som kommunen eller regionen hör till, till exempel Skåne län eller Stockholms län.
# Ta bort # och skriv länet. Den nationella överenskommelsen har inget län.
{county}
# Var processen står: proposed (föreslagen), drafting (under arbete), adopted (antagen),
# revised (reviderad), halted (avbruten) eller ended (avslutad).
status: drafting
# När den antogs, som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD. Ta bort # när den är antagen.
# adopted: 2025-06-01
# Vilket organ som beslutade, till exempel Kommunfullmäktige.
# decided_by: Kommunfullmäktige
# En eller två meningar som visas överst på sidan och i sökresultat.
summary: {PLACEHOLDER_SUMMARY}
# Processens steg, med datum. Lägg till fler rader med - date: och text:.
timeline:
  - date: 2025
    text: {PLACEHOLDER_EVENT}
# Personer att fråga (name krävs; role, email och phone går att lägga till).
# contacts:
#   - name: Förnamn Efternamn
#     role: Samordnare
# Dokument som sidan bygger på (title krävs; date, dnr och url går att lägga till).
# sources:
#   - title: Beslut i kommunfullmäktige
#     dnr: KS 2025/1
# Språket texten är skriven på, om det är ett annat än webbplatsens, till exempel fi.
# language: fi
# En lättläst version av överenskommelsen skriver du i lattlast.md, bredvid den här filen.
#
# När överenskommelsen lever vidare:
# Hur ofta den ska följas upp, i år, som beslutet säger. Bygget varnar när en uppföljning
# är sen.
# follow_up_every_years: 1
# Uppföljningar, utvärderingar och årliga träffar (kind: followup, evaluation eller
# annual_meeting; url och text går att lägga till).
# followups:
#   - date: 2026-11
#     title: Uppföljning 2026
# Hur många organisationer som har anslutit sig, när det inte finns en lista i
# signatories.csv: antalet, när det gällde och var det står.
# signatory_counts:
#   - count: 40
#     date: 2026-06
#     source: Kommunens årsredovisning 2026
# När överenskommelsen har ersatts (sätt också status: ended): av en annan på webbplatsen
# (compact: mappens namn) eller av något annat (url).
# replaced_by:
#   title: Policy för samverkan med civilsamhället
#   url: https://www.kommun.se/policy
#
# Tidigare versioner läggs i mappen versions/, en mapp per version med versionens datum
# som namn (versions/2021-03-15/), med en _index.md och gärna en egen principles/-mapp.
---
"
    )
}

fn principle_text(topic: &str, topic_name: &str) -> String {
    format!(
        "---
# En princip per fil. Filnamnet (utan .md) blir principens webbadress.
# Principens rubrik.
title: {PLACEHOLDER_PRINCIPLE_TITLE}
# Ämnen ur content/topics.yaml som principen handlar om; jämförelsesidorna byggs av dem.
# Här: {topic_name}.
topics: [{topic}]
# Principernas ordning på överenskommelsens sida (1 först).
order: 1
---
{PLACEHOLDER_PRINCIPLE_TEXT} Byt namn på filen och titeln, eller ta bort filen
när överenskommelsens riktiga principer är på plats.
"
    )
}

/// An action plan with every line a comment: it builds to no page until an action is
/// written.
pub(crate) const PLAN_TEXT: &str = "\
# Handlingsplanen: en åtgärd per punkt. Ta bort # framför raderna och skriv era egna.
# Sidan Handlingsplan visas när den första åtgärden finns.
#
# - title: Styrgruppen tillsätts
#   # Vem som ansvarar.
#   responsible: Kommunstyrelsen
#   # När den ska vara klar: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.
#   due: 2026-12
#   # planned (planerad), ongoing (pågår), done (genomförd) eller dropped (avbruten).
#   status: planned
#   # För en genomförd åtgärd: när den blev klar.
#   # done: 2026-11
#   # Mer om åtgärden, som Markdown.
#   text: Styrgruppen har tio ledamöter, hälften från den idéburna sektorn.
";

/// The list of organisations that joined: only its header row, with semicolons and a byte
/// order mark, so that Excel on a Swedish Windows opens it in columns.
pub(crate) const SIGNATORIES_TEXT: &str =
    "\u{feff}namn;anslöt;lämnade;organisationsnummer;webbplats\r\n";
