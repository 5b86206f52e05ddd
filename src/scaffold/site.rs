//! `overens init`: a new, empty site for one organisation. It holds a commented `site.yaml`,
//! the national compact's six principles as the vocabulary of comparison, and a front page
//! to write; no compact and no text that the editor did not write.

use std::path::{Path, PathBuf};

use super::{quoted, write_new};
use crate::diagnostics::{Problem, Problems};
use crate::messages::{self as m, Lang};

/// What the new site says of its organisation.
#[derive(Debug, Clone)]
pub(crate) struct Answers {
    /// The organisation, e.g. `Lunds kommun`.
    pub(crate) organisation: String,
    /// The address the site will be published at.
    pub(crate) base_url: String,
    /// The site's language.
    pub(crate) language: Lang,
}

/// The editors' guide, written beside `site.yaml` so it is at hand wherever the program is.
const GUIDE: &str = include_str!("../../docs/redaktorsguide.md");
/// Its file name in a new site.
const GUIDE_FILE: &str = "redaktorsguide.md";

/// Stands in for the address until the editor gives one; `check` warns about it.
pub(crate) const EXAMPLE_BASE_URL: &str = "https://www.example.se/overenskommelsen/";

/// Creates a new site in `folder` and returns the files it wrote, relative to the folder.
pub(crate) fn init(folder: &Path, answers: &Answers) -> Result<Vec<PathBuf>, Problems> {
    for taken in ["site.yaml", "content"] {
        if folder.join(taken).exists() {
            return Err(Problem::in_file(
                &folder.join(taken),
                m::INIT_SITE_EXISTS.with(&[&folder.display()]),
            )
            .with_hint(m::INIT_ELSEWHERE)
            .into());
        }
    }
    let files = [
        (PathBuf::from("site.yaml"), site_yaml(answers)),
        (PathBuf::from("content/topics.yaml"), TOPICS.to_owned()),
        (PathBuf::from("content/_index.md"), front_page()),
        (PathBuf::from(GUIDE_FILE), GUIDE.to_owned()),
    ];
    for (path, text) in &files {
        if let Err(e) = write_new(&folder.join(path), text) {
            return Err(
                Problem::in_file(&folder.join(path), m::FILE_COULD_NOT_WRITTEN)
                    .with_hint(m::SYSTEM_SAYS.with(&[&e]))
                    .into(),
            );
        }
    }
    Ok(files.into_iter().map(|(path, _)| path).collect())
}

fn site_yaml(answers: &Answers) -> String {
    let organisation = quoted(&answers.organisation);
    let title = quoted(match answers.language {
        Lang::Sv => "Överenskommelse med den idéburna sektorn",
        Lang::En => "Compact with the non-profit sector",
    });
    let base_url = quoted(&answers.base_url);
    let language = answers.language.code();
    format!(
        "# Webbplatsens inställningar. Rader som börjar med # är kommentarer och syns inte.
# Skriv nyckel: värde, en per rad, med mellanslag (inte tabb). Kör overens check när du
# har ändrat något: den säger vad som saknas innan webbplatsen kan publiceras.

# Webbplatsens namn, som står överst på varje sida och i webbläsarens flik.
title: {title}
# Organisationen som publicerar webbplatsen.
organisation: {organisation}
# Adressen där webbplatsen ska ligga, med / på slutet. Länkar i webbplatskartan, flödet
# och fragmenten börjar med den. Fråga webbredaktionen om du är osäker.
base_url: {base_url}
# Språket på webbplatsens egna texter: sv (svenska) eller en (engelska).
language: {language}
# Språket som texterna i content/ är skrivna på, om det är ett annat än webbplatsens, som
# sv, en eller fi. Sidorna märker då texterna med sitt språk, så att skärmläsare läser rätt.
# content_language: sv
# En mening som beskriver webbplatsen för sökmotorer.
# description: \"Överenskommelsen mellan kommunen och den idéburna sektorn.\"
# Kommunens logotyp: lägg bildfilen i mappen static/ och skriv dess namn.
# logo: logo.svg
# Kommunens färger, som #rrggbb. Webbplatsen gör länkarna mörkare om de blir svåra att läsa.
# colors:
#   primary: \"#00517a\"

# Tillgänglighetsredogörelsen, som lagen om tillgänglighet till digital offentlig service
# kräver. Sidan byggs av uppgifterna här; fyll i varje uppgift innan webbplatsen publiceras.
accessibility:
  # Hur väl webbplatsen följer lagen: helt, delvis eller inte.
  # compliance: delvis
  # Vad som inte är tillgängligt och varför (behövs om svaret ovan inte är helt).
  # not_accessible: \"Några äldre beslut finns bara som inskannade PDF-filer.\"
  # Hur webbplatsen har granskats.
  # method: \"Självskattning med automatiska tester och granskning med tangentbord och skärmläsare.\"
  # När webbplatsen granskades och när redogörelsen uppdaterades, som ÅÅÅÅ-MM-DD.
  # assessed: 2026-01-15
  # updated: 2026-01-15
  # Vart man rapporterar brister: en e-postadress eller en webbadress.
  # contact: tillganglighet@kommun.se
  # Hur snabbt man får svar.
  # response_time: två arbetsdagar
  # Innehåll som undantas för att det vore oskäligt betungande att göra det tillgängligt
  # (12 §): vad och varför. Utan uppgiften står det att inget undantag åberopas.
  # exempt_burden: \"Inspelningarna av dialogmötena saknar textning, eftersom …\"
  # Innehåll som inte omfattas av lagens krav (9 §), till exempel inspelningar publicerade
  # före 23 september 2020. Utan uppgiften står det att allt innehåll omfattas.
  # out_of_scope: \"Inspelningar av dialogmöten från 2019.\"
  # Standarden webbplatsen bedöms mot. Utan uppgiften: EN 301 549 v3.2.1 (WCAG 2.1 AA).
  # standard: \"EN 301 549 v3.2.1 (WCAG 2.1 AA)\"

# Öppna data: webbplatsen publicerar överenskommelserna som JSON och CSV, och en datakatalog
# (data/katalog.rdf) som Sveriges dataportal kan hämta varje natt. Portalen känner igen
# organisationen på dess organisationsnummer, som NNNNNN-NNNN.
# organisation_number: NNNNNN-NNNN
# Vart frågor om de öppna data ska gå: en e-postadress.
# data_contact: oppnadata@kommun.se
# Licensen för de öppna data: CC0-1.0 (utan förbehåll, som dataportalen förväntar sig),
# CC-BY-4.0 eller CC-BY-SA-4.0. Utan data_license blir det CC0-1.0.
# data_license: CC0-1.0
"
    )
}

/// The front page: its settings explained, and no text, so nothing is published that the
/// editor did not write; `check` says the text is missing.
fn front_page() -> String {
    "---
# Startsidan. Skriv dess text efter den andra raden med --- nedan: berätta vad en
# överenskommelse är, vem som står bakom den och var man kan läsa mer. Rubriker börjar på ##
# eftersom sidans titel redan är den största rubriken.
# Startsidans rubrik. Utan title används webbplatsens namn ur site.yaml.
# title: Överenskommelsen med den idéburna sektorn
---
"
    .to_owned()
}

/// The vocabulary of comparison: the national compact's six principles, which local compacts
/// build on, so that a site's compacts can be compared with every other site's.
const TOPICS: &str = "# Ämnena som principerna jämförs på. Varje ämne får en egen jämförelsesida.
# De sex första är den nationella överenskommelsens principer (2008), som de lokala
# överenskommelserna bygger på. Lägg till egna ämnen längst ner, med id (små bokstäver a–z,
# siffror och bindestreck), name och description. Ändra inte ett id som principer använder.

- id: sjalvstandighet-och-oberoende
  name: Självständighet och oberoende
  description: \"De idéburna organisationernas självständighet och oberoende, också i samverkan med det offentliga; en av den nationella överenskommelsens sex principer.\"
- id: dialog
  name: Dialog
  description: \"Dialogen och relationen mellan det offentliga och de idéburna organisationerna; en av den nationella överenskommelsens sex principer.\"
- id: kvalitet
  name: Kvalitet
  description: \"Principen Kvalitet, en av den nationella överenskommelsens sex principer.\"
- id: langsiktighet
  name: Långsiktighet
  description: \"Långsiktighet i samverkan; en av den nationella överenskommelsens sex principer.\"
- id: oppenhet-och-insyn
  name: Öppenhet och insyn
  description: \"Principen Öppenhet och insyn, en av den nationella överenskommelsens sex principer.\"
- id: mangfald
  name: Mångfald
  description: \"Principen Mångfald, en av den nationella överenskommelsens sex principer.\"
";
