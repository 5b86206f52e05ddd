//! `overens import`: the shipped compacts written as Word documents import into the same
//! principles, word for word; Word's own constructs are read for what they mean; every file
//! that is not read is refused with its message, and nothing is written.

use std::fs;
use std::path::{Path, PathBuf};

use crate::harness::SiteTest;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A site with a document of `tests/fixtures/docx/` copied into its folder.
fn with_document(site: SiteTest, name: &str) -> SiteTest {
    fs::copy(
        repo().join("tests/fixtures/docx").join(name),
        site.root.join(name),
    )
    .expect("copy document");
    site
}

/// The shipped site without one of its compacts, to import it again.
fn shipped_without(compact: &str) -> SiteTest {
    let site = SiteTest::shipped();
    fs::remove_dir_all(site.root.join("content").join(compact)).expect("remove");
    site
}

/// Every file under `root` with its bytes, to see that nothing changed.
fn files(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut all: Vec<_> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().to_path_buf(), fs::read(e.path()).expect("read")))
        .collect();
    all.sort();
    all
}

/// A Markdown file's front matter and body.
fn split(text: &str) -> (String, String) {
    let rest = text.strip_prefix("---\n").expect("front matter");
    let (front, body) = rest.split_once("\n---\n").expect("closing ---");
    (front.to_owned(), body.trim_end().to_owned())
}

/// The value of `key` in front matter, unquoted.
fn field(front: &str, key: &str) -> String {
    front
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{key}: ")))
        .map(|value| value.trim_matches('"').to_owned())
        .unwrap_or_else(|| panic!("no {key} in {front}"))
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Asserts that the imported principles of `folder` have the shipped ones' titles, order
/// and text; `notes` gives the footnote the document added to a principle's text.
fn same_principles(site: &SiteTest, shipped: &str, folder: &str, notes: &[(&str, &str)]) {
    let shipped_dir = repo().join("content").join(shipped).join("principles");
    let imported_dir = site.root.join("content").join(folder).join("principles");
    let mut shipped_names: Vec<_> = fs::read_dir(&shipped_dir)
        .expect("shipped")
        .map(|e| e.expect("entry").file_name())
        .collect();
    let mut imported_names: Vec<_> = fs::read_dir(&imported_dir)
        .expect("imported")
        .map(|e| e.expect("entry").file_name())
        .collect();
    shipped_names.sort();
    imported_names.sort();
    assert_eq!(shipped_names, imported_names, "the same files");
    for name in shipped_names {
        let (front, body) = split(&read(&shipped_dir.join(&name)));
        let (new_front, new_body) = split(&read(&imported_dir.join(&name)));
        let name = name.to_string_lossy();
        assert_eq!(field(&front, "title"), field(&new_front, "title"), "{name}");
        assert_eq!(field(&front, "order"), field(&new_front, "order"), "{name}");
        let expected = match notes.iter().find(|(file, _)| name == *file) {
            Some((_, note)) => {
                let (first, rest) = body.split_once("\n\n").expect("paragraphs");
                format!("{first}[^1]\n\n{rest}\n\n[^1]: {note}")
            }
            None => body,
        };
        assert_eq!(expected, new_body, "{name}");
    }
}

#[test]
fn eslovs_compact_imports_into_its_shipped_principles_word_for_word() {
    let site = with_document(shipped_without("eslov"), "eslov.docx");
    let run = site.run(&["import", "eslov.docx"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout.lines().take(3).collect::<Vec<_>>(),
        [
            "Principerna är rubrikerna på nivå 2 under \"Vägledande samverkansprinciper\".",
            "Skapade:",
            "  content/eslov/_index.md",
        ]
    );
    same_principles(&site, "eslov", "eslov", &[]);
    // The compact's own text is the shipped one, less the list of principles that the
    // shipped text gives where the document has the principles themselves, with the
    // document's footnote.
    let (_, shipped) = split(&read(&repo().join("content/eslov/_index.md")));
    let (front, imported) = split(&read(&site.root.join("content/eslov/_index.md")));
    let mut expected: Vec<&str> = shipped
        .lines()
        .filter(|line| !line.starts_with("- I") && !line.starts_with("- V"))
        .collect();
    let listed = expected
        .iter()
        .position(|l| l.starts_with("Samverkansprinciperna är ett stöd"))
        .expect("the text before the list");
    expected.remove(listed + 1);
    let expected = expected.join("\n");
    let (first, rest) = expected.split_once("\n\n").expect("paragraphs");
    let note = "[^1]: Dokumentet antogs av Kommunstyrelsen 2019-10-01.";
    assert_eq!(imported, format!("{first}[^1]\n\n{rest}\n\n{note}"));
    assert_eq!(
        field(&front, "title"),
        "Överenskommelsen för samverkan mellan Eslövs idéburna sektor och Eslövs kommun"
    );
    assert_eq!(field(&front, "municipality"), "Eslöv");
    assert_eq!(field(&front, "kind"), "kommun");
    let check = site.run(&["check"]);
    assert_eq!(check.code, 0, "check accepts it: {}", check.stderr);
    site.build_ok();
    let page = site.output("eslov/index.html");
    assert!(
        page.contains("Dokumentet antogs av Kommunstyrelsen 2019-10-01."),
        "the footnote is on the page"
    );
    let principle = site.output("eslov/mod/index.html");
    assert!(principle.contains("Vi ska våga testa nya vägar och lösningar"));
}

#[test]
fn the_national_compacts_principles_import_word_for_word() {
    let site = with_document(shipped_without("nationell"), "nationell.docx");
    let run = site.run(&["import", "nationell.docx", "--slug", "nationell"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("Principerna är punkterna i en lista under \"Principer\".\n"),
        "{}",
        run.stdout
    );
    same_principles(
        &site,
        "nationell",
        "nationell",
        &[(
            "sjalvstandighet-och-oberoende.md",
            "Principerna ses över vart femte år.",
        )],
    );
    let (front, _) = split(&read(&site.root.join("content/nationell/_index.md")));
    assert_eq!(field(&front, "kind"), "nationell");
    assert_eq!(field(&front, "municipality"), "Sverige");
}

const CONSTRUCTS_LEFT_OUT: &str = "\
Det här kom inte med från dokumentet:
  - innehållsförteckningen (webbplatsen gör sin egen av rubrikerna)
  - länken till file:///C:/Users/anna/Beslut.docx: texten står kvar utan länk
  - dold text: \"Dold anteckning.\"
  - bild med alternativtexten \"Karta över kommunen\" (lägg bilder i static/ och länka dem)
  - textruta eller form med texten \"Fakta: 40 föreningar var med.\"
  - sammanfogade celler i en tabell: texten står i den första cellen och de andra är tomma
  - sidhuvud eller sidfot: \"Ekerö kommun, dnr KS 2024/12\"
  - kommentar av Anna Andersson: \"Stämmer detta?\"
Välj ämnen (topics) ur content/topics.yaml i principles/mod.md: titeln är inget av ämnena, så det första står där tills vidare.
3 spårade ändringar lästes som godkända (--accept-changes).
";

const CONSTRUCTS_TEXT: &str = "\
## Inledning

Det här är **inledningen**[^1] med en länk till [kommunens webbplats](https://www.ekero.se/), ett beslut, och\u{a0}ett mjuktbindestreck.

Texten har en infogad mening.

1. Första punkten
2. Andra punkten
   - a) Underpunkt

Mellan listorna.

1. Ny lista
2. Och dess andra punkt

| Part | Ansvar |
| --- | --- |
| Kommunen | Kallar till möten |
|  | Följer upp |
| Gemensamt |  |

## Våra principer

Tre principer gäller.

## Uppföljning

Överenskommelsen följs upp varje år.

[^1]: Antagen av kommunfullmäktige.";

#[test]
fn words_own_constructs_are_read_for_what_they_mean() {
    let site = with_document(SiteTest::fixture("minimal"), "word-constructs.docx");
    let before = files(&site.root);
    let refused = site.run(&["import", "word-constructs.docx"]);
    assert_eq!(refused.code, 1);
    assert_eq!(
        refused.stderr,
        "  fel: word-constructs.docx: dokumentet har 3 spårade ändringar som varken är godkända eller avvisade; ett utkast är inte den antagna texten\n\n  tips: öppna dokumentet i Word, välj Granska > Godkänn > Godkänn alla ändringar (eller Avvisa), spara och importera igen; eller kör med --accept-changes för att läsa det som om alla ändringar var godkända\n\n1 fel och 0 varningar\n"
    );
    assert_eq!(files(&site.root), before, "nothing written");

    let run = site.run(&["import", "word-constructs.docx", "--accept-changes"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr, CONSTRUCTS_LEFT_OUT);
    let folder = site.root.join("content/ekero");
    let (front, text) = split(&read(&folder.join("_index.md")));
    assert_eq!(
        field(&front, "title"),
        "Överenskommelse mellan Ekerö kommun och den idéburna sektorn",
        "the title property, and the Title paragraph that repeats it left out of the text"
    );
    assert_eq!(text, CONSTRUCTS_TEXT);
    // Numbered headings of a style based on Swedish Word's "Rubrik2"; the third is of a
    // list that starts again at 4.
    let principle = |name: &str| split(&read(&folder.join("principles").join(name)));
    let (front, text) = principle("dialog.md");
    assert_eq!(
        (
            field(&front, "order"),
            field(&front, "topics"),
            text.as_str()
        ),
        ("1".to_owned(), "[dialog]".to_owned(), "Vi för dialog.")
    );
    let (front, text) = principle("langsiktighet.md");
    assert_eq!(field(&front, "order"), "2");
    assert_eq!(
        text,
        "Vi planerar långsiktigt.[^2]\n\n> Ett citat ur beslutet.\n\n[^2]: Se *Handlingsplanen*."
    );
    let (front, text) = principle("mod.md");
    assert_eq!(field(&front, "order"), "4");
    assert_eq!(
        text, "Vi vågar pröva nytt.",
        "a deleted paragraph mark joins"
    );
    assert!(front.contains("# Välj principens ämnen"), "{front}");
    let check = site.run(&["check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(
        check.stderr.contains("content/ekero/principles/mod.md:3:3"),
        "the topic to choose is not ready to publish: {}",
        check.stderr
    );
}

#[test]
fn a_preview_shows_each_file_and_writes_nothing() {
    let site = with_document(shipped_without("eslov"), "eslov.docx");
    let before = files(&site.root);
    let run = site.run(&["import", "eslov.docx", "--preview"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(files(&site.root), before, "nothing written");
    let expected = "\
Principerna är rubrikerna på nivå 2 under \"Vägledande samverkansprinciper\".
overens import skulle skriva:
  content/eslov/_index.md
      Överenskommelsen för samverkan mellan Eslövs idéburna sektor och Eslövs kommun
      \"Texten nedan återger Eslövs kommuns dokument Överenskommelsen för samverkan mellan Eslövs idéburna…\"
  content/eslov/principles/tillit-och-forstaelse.md
      1. Tillit och förståelse
      \"Vi ska lita på varandra, dela med oss och se till att…\"
  content/eslov/principles/mod.md
      2. Mod
      \"Vi ska våga testa nya vägar och lösningar, samt lyssna och lära…\"
";
    assert!(run.stdout.starts_with(expected), "{}", run.stdout);
    assert!(run.stdout.ends_with(
        "  content/eslov/plan.yaml\n  content/eslov/signatories.csv\nInget är skrivet än: kör samma kommando utan --preview för att skriva filerna.\n"
    ), "{}", run.stdout);
}

#[test]
fn nothing_is_ever_overwritten() {
    let site = with_document(SiteTest::shipped(), "eslov.docx");
    let before = files(&site.root);
    let run = site.run(&["import", "eslov.docx"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "  fel: content/eslov: mappen finns redan\n\n  tips: overens import skriver aldrig över något; ta bort eller byt namn på mappen, eller välj ett annat namn med --slug\n\n1 fel och 0 varningar\n"
    );
    assert_eq!(files(&site.root), before);
}

#[test]
fn split_rules_choose_the_principles() {
    let site = with_document(shipped_without("eslov"), "eslov.docx");
    let run = site.run(&["import", "eslov.docx", "--split", "ingen", "--preview"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("Inga principer hittades, så hela texten kommer i _index.md. Med --split rubrik:2 eller --split lista väljer du själv.\n"), "{}", run.stdout);
    assert!(!run.stdout.contains("principles/"), "{}", run.stdout);
    let run = site.run(&[
        "import",
        "eslov.docx",
        "--split",
        "rubrik:1",
        "--slug",
        "eslov2",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let principles = site.root.join("content/eslov2/principles");
    assert!(principles.join("vad-ar-overenskommelsen.md").exists());
    assert!(principles.join("efter-beslutet.md").exists());
    let run = site.run(&["import", "eslov.docx", "--split", "kapitel"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "  fel: eslov.docx: --split kan inte läsas: \"kapitel\"\n\n  tips: skriv --split rubrik:2 (varje rubrik på nivå 2 är en princip), --split lista (varje punkt i den numrerade listan) eller --split ingen\n\n1 fel och 0 varningar\n"
    );
}

#[test]
fn the_folder_is_named_after_the_municipality_or_by_slug() {
    let site = with_document(SiteTest::fixture("minimal"), "minimal.docx");
    let run = site.run(&["import", "minimal.docx", "--slug", "Hjo Kommun"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("  fel: minimal.docx: --slug blir mappens namn och webbadress, och får bara ha gemena bokstäver a–z, siffror och bindestreck: \"Hjo Kommun\"\n"), "{}", run.stderr);
    let run = site.run(&["import", "minimal.docx"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (front, text) = split(&read(&site.root.join("content/hjo/_index.md")));
    assert_eq!(field(&front, "title"), "Överenskommelsen i Hjo kommun");
    assert_eq!(field(&front, "municipality"), "Hjo");
    assert_eq!(text, "Kommunen och föreningarna samverkar.");
}

/// Each file that is not read, with the message and hint it gets.
const REFUSED: &[(&str, &str, &str)] = &[
    (
        "encrypted.docx",
        "dokumentet är skyddat med lösenord och kan inte läsas",
        "öppna det i Word, välj Arkiv > Information > Skydda dokument > Kryptera med lösenord, töm rutan, spara och importera igen",
    ),
    (
        "gammal.doc",
        "filen är ett Word-dokument i det gamla formatet (.doc), som inte kan läsas",
        "öppna filen i Word, välj Arkiv > Spara som > Word-dokument (*.docx) och importera den nya filen",
    ),
    (
        "eslov.pdf",
        "filen är en PDF: den har texten men inte dokumentets rubriker, listor och numrering",
        "be om Word-filen som PDF:en gjordes av (den finns ofta hos den som skrev förslaget eller hos registraturen) och importera den",
    ),
    (
        "eslov.rtf",
        "filen är ett RTF-dokument, som inte kan läsas",
        "öppna filen i Word, välj Arkiv > Spara som > Word-dokument (*.docx) och importera den nya filen",
    ),
    (
        "eslov.odt",
        "filen är ett OpenDocument-dokument (.odt), som inte kan läsas",
        "öppna filen i LibreOffice eller Word och spara den som Word-dokument (.docx), och importera den nya filen",
    ),
    (
        "not-a-zip.docx",
        "filen är inte ett Word-dokument (.docx)",
        "öppna filen i Word, välj Arkiv > Spara som > Word-dokument (*.docx) och importera den nya filen",
    ),
    (
        "bomb.docx",
        "filen packas upp till långt mer än ett dokument kan innehålla (en så kallad zip-bomb) och läses inte",
        "filen kan vara skadad; öppna den i Word och spara den igen, eller be om en ny",
    ),
    (
        "lying-bomb.docx",
        "en del av dokumentet kan inte packas upp: word/document.xml",
        "filen kan vara skadad; öppna den i Word och spara den igen, eller be om en ny",
    ),
    (
        "entries.docx",
        "filen har långt fler delar än ett dokument har (över 5 000) och läses inte",
        "filen kan vara skadad; öppna den i Word och spara den igen, eller be om en ny",
    ),
    (
        "entities.docx",
        "en del av dokumentet har en dokumenttypdeklaration (DTD), som Word aldrig skriver, och läses inte: word/document.xml",
        "filen kan vara skadad; öppna den i Word och spara den igen, eller be om en ny",
    ),
];

#[test]
fn every_file_that_is_not_read_is_refused_with_its_message_and_nothing_written() {
    let mut site = SiteTest::fixture("minimal");
    for (name, _, _) in REFUSED {
        site = with_document(site, name);
    }
    let before = files(&site.root);
    for (name, message, hint) in REFUSED {
        let run = site.run(&["import", name]);
        assert_eq!(run.code, 1, "{name}: {}", run.stderr);
        assert_eq!(
            run.stderr,
            format!("  fel: {name}: {message}\n\n  tips: {hint}\n\n1 fel och 0 varningar\n"),
            "{name}"
        );
        assert!(run.stdout.is_empty(), "{name}: {}", run.stdout);
        assert_eq!(files(&site.root), before, "{name}: nothing written");
    }
    let run = site.run(&["import", "saknas.docx"]);
    assert_eq!(
        run.stderr,
        "  fel: saknas.docx: filen finns inte\n\n  tips: ange Word-filen, till exempel overens import Överenskommelse.docx\n\n1 fel och 0 varningar\n"
    );
}

#[test]
fn messages_are_in_english_for_an_english_user() {
    let site = with_document(SiteTest::fixture("minimal"), "eslov.pdf").edit(
        "site.yaml",
        "language: sv",
        "language: en",
    );
    let run = site.run_in("en_GB.UTF-8", &["import", "eslov.pdf"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("the file is a PDF: it has the text but not the document's headings, lists and numbering"),
        "{}",
        run.stderr
    );
}

#[test]
fn lists_count_as_word_counts_them_across_the_ids_libreoffice_writes() {
    // LibreOffice saved the first principle with one list id that starts at 3, and the
    // others with another id of the same definition: they go on at 4 and 5.
    let site = with_document(SiteTest::fixture("minimal"), "restarted.docx");
    let run = site.run(&["import", "restarted.docx"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let folder = site.root.join("content/hjo");
    let orders: Vec<(String, String)> = ["dialog.md", "mod.md", "tillit.md"]
        .iter()
        .map(|name| {
            let (front, _) = split(&read(&folder.join("principles").join(name)));
            (field(&front, "title"), field(&front, "order"))
        })
        .collect();
    assert_eq!(
        orders,
        [
            ("Dialog".to_owned(), "3".to_owned()),
            ("Mod".to_owned(), "4".to_owned()),
            ("Tillit".to_owned(), "5".to_owned()),
        ]
    );
    let (_, text) = split(&read(&folder.join("_index.md")));
    assert_eq!(
        text,
        "Kommunen och föreningarna samverkar.\n\n1. Ett\n2. Två\n\nMellan listorna.\n\n1. Tre\n2. Fyra\n\n## Principer"
    );
}
