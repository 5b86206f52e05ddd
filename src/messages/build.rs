//! Messages about building: templates, pages, the output folder, links.

use super::Msg;

/// The folder.
pub(crate) const ALREADY_EXISTS_WAS_NOT_MADE: Msg = Msg::new(
    "{} finns redan och är inte skapad av overens: välj en tom mapp med --output, eller töm mappen först, så att inga andra filer skrivs över",
    "{} already exists and was not made by overens: choose an empty folder with --output, or empty it first, so no other files are overwritten",
);
/// The folder.
pub(crate) const CANNOT_OUTPUT_FOLDER: Msg = Msg::new(
    "{} kan inte vara utdatamapp: den är webbplatsens mapp, ligger över den eller bland dess källfiler; välj en annan med --output, till exempel output",
    "{} cannot be the output folder: it is the site's folder, holds it, or lies among its sources; choose another with --output, for example output",
);
pub(crate) const CHECK_EVERY_CLOSED_SPELLED_RIGHT: Msg = Msg::new(
    "kontrollera att varje {% … %} och {{ … }} är stängd och stavad rätt",
    "check that every {% … %} and {{ … }} is closed and spelled right",
);
/// The file, then the system's words.
pub(crate) const COULD_NOT_WRITTEN: Msg =
    Msg::new("{} kunde inte skrivas: {}", "{} could not be written: {}");
/// The name meant.
pub(crate) const DID_YOU_MEAN: Msg = Msg::new("menade du \"{}\"?", "did you mean \"{}\"?");
pub(crate) const FILE_HAS_PATH_PAGE_SITE: Msg = Msg::new(
    "filen har samma sökväg som en sida som webbplatsen skapar, och skulle ersätta den",
    "the file has the path of a page the site makes, and would replace it",
);
pub(crate) const FRONT_PAGE: Msg = Msg::new("startsidan", "the front page");
/// The page or link.
pub(crate) const LINK_COUNTS_PAGE_TEXT_SHOWN: Msg = Msg::new(
    "länken räknas från sidan där texten visas: {}",
    "the link counts from the page the text is shown on: {}",
);
/// The link as written.
pub(crate) const LINK_FOLDER_ENDS_SLASH: Msg = Msg::new(
    "en länk till en mapp slutar med snedstreck: {}/",
    "a link to a folder ends with a slash: {}/",
);
/// The page or link.
pub(crate) const LINK_LEADS_PAGE_DOES_NOT: Msg = Msg::new(
    "länken leder till en sida som inte finns: {}",
    "the link leads to a page that does not exist: {}",
);
/// The folder.
pub(crate) const NOT_OUTPUT_FOLDER_OVERENS_BUILD: Msg = Msg::new(
    "{} är ingen utdatamapp från overens: bygg webbplatsen där först med overens build",
    "{} is not an output folder of overens: build the site there first with overens build",
);
/// Tera's words for what is wrong.
pub(crate) const PAGE_COULD_NOT_MADE_TEMPLATE: Msg = Msg::new(
    "sidan kunde inte skapas med mallen: {}",
    "the page could not be made with the template: {}",
);
/// The part after #.
pub(crate) const PAGE_EXISTS_BUT_NOT_PLACE: Msg = Msg::new(
    "sidan finns, men inte stället #{}",
    "the page exists, but not the place #{}",
);
pub(crate) const PART_AFTER_SHOULD_PRINCIPLE_S: Msg = Msg::new(
    "delen efter # ska vara en princips filnamn utan .md, eller ta bort den",
    "the part after # should be a principle's file name without .md, or remove it",
);
/// The part's path, then its size in kB.
pub(crate) const SEARCH_PART_TOO_LARGE: Msg = Msg::new(
    "en del av sökindexet, {}, är {} kB: en sökning som behöver den hämtar mer än 300 kB",
    "a part of the search index, {}, is {} kB: a search that needs it downloads more than 300 kB",
);
/// The two letters the part's words start with.
pub(crate) const SEARCH_PART_HOLDS_WORDS: Msg = Msg::new(
    "delen håller ord som börjar på \"{}\"; långa listor av namn, nummer eller ord som bara förekommer en gång gör den stor. Sidorna och sökningen fungerar ändå, men långsammare på en telefon",
    "the part holds the words starting with \"{}\"; long lists of names, numbers or words that appear only once make it large. The pages and search still work, but slower on a phone",
);
pub(crate) const RENAME_FILE: Msg = Msg::new("byt namn på filen", "rename the file");
pub(crate) const SPELL_DOCS_CONTENT_MD_WHAT: Msg = Msg::new("stava namnet som i docs/content.md (Vad varje mall får), eller skriv {% if … is defined %} runt det", "spell it as in docs/content.md (What every template gets), or put {% if … is defined %} around it");
/// Tera's words for what is wrong.
pub(crate) const TEMPLATES_DO_NOT_FIT_TOGETHER: Msg = Msg::new(
    "mallarna hänger inte ihop: {}",
    "the templates do not fit together: {}",
);
/// Tera's words for what is wrong.
pub(crate) const TEMPLATE_HAS_ERROR: Msg =
    Msg::new("mallen har ett fel: {}", "the template has an error: {}");
/// The value.
pub(crate) const TEMPLATE_ONE_BUILDS_USES_VALUE: Msg = Msg::new(
    "mallen (eller en mall den bygger på) använder ett värde som sidan inte har: `{}`",
    "the template (or one it builds on) uses a value the page does not have: `{}`",
);
pub(crate) const ERRORS: Msg = Msg::new("fel", "errors");
pub(crate) const WARNING: Msg = Msg::new("varning", "warning");
pub(crate) const WARNINGS: Msg = Msg::new("varningar", "warnings");
pub(crate) const HINT: Msg = Msg::new("tips", "hint");
/// `{errors} {error(s)} and {warnings} {warning(s)}`.
pub(crate) const ERRORS_AND_WARNINGS: Msg = Msg::new("{} {} och {} {}", "{} {} and {} {}");
pub(crate) const ERROR: Msg = Msg::new("fel", "error");
pub(crate) const FRAGMENT_FRONT_PAGE_FILE: Msg = Msg::new("startsida", "front-page");
/// The address of the site, escaped.
pub(crate) const FRAGMENT_LINKS_TO: Msg = Msg::new(
    "Länkar till webbplatsens andra sidor leder till den publicerade webbplatsen på {}.",
    "Links to the site's other pages lead to the published site at {}.",
);
pub(crate) const FRAGMENT_LINKS_AS_TEXT: Msg = Msg::new(
    "Länkar till webbplatsens andra sidor är vanlig text, eftersom webbplatsen inte har någon egen adress (base_url i site.yaml är en exempeladress). Skriv in adressen och bygg igen om webbplatsen också publiceras som en helhet.",
    "Links to the site's other pages are plain text, since the site has no address of its own (base_url in site.yaml is an example). Write the address and build again if the site is also published whole.",
);
pub(crate) const FRAGMENTS_TITLE: Msg = Msg::new(
    "Fragment att klistra in i publiceringsverktyget",
    "Fragments to paste into the CMS",
);
pub(crate) const FRAGMENTS_INTRO: Msg = Msg::new(
    "Varje fil här är innehållet i en sida av webbplatsen, utan sidhuvud, meny, sök och skript. Filerna laddas inte upp: deras innehåll klistras in.",
    "Each file here is the content of one page of the site, without header, menu, search or script. The files are not uploaded: their content is pasted.",
);
pub(crate) const FRAGMENTS_STEP_1: Msg = Msg::new(
    "Skapa en sida i publiceringsverktyget och ge den rubriken i tabellens första kolumn.",
    "Create a page in the CMS and give it the title in the table's first column.",
);
pub(crate) const FRAGMENTS_STEP_2: Msg = Msg::new(
    "Öppna fragmentets fil i en textredigerare (till exempel Anteckningar), markera allt och kopiera.",
    "Open the fragment's file in a text editor (for example Notepad), select everything and copy it.",
);
pub(crate) const FRAGMENTS_STEP_3: Msg = Msg::new(
    "Klistra in i sidans HTML-läge (källkodsläge), inte i den vanliga textrutan. Fragmentets rubriker börjar på nivå 2, under sidans egen rubrik.",
    "Paste into the page's HTML (source) view, not the usual text box. The fragment's headings start at level 2, under the page's own title.",
);
pub(crate) const FRAGMENTS_CAPTION: Msg = Msg::new(
    "Fragmenten och deras sidor",
    "The fragments and their pages",
);
pub(crate) const FRAGMENTS_COL_TITLE: Msg = Msg::new("Sidans rubrik", "Page title");
pub(crate) const FRAGMENTS_COL_FILE: Msg = Msg::new("Fragmentets fil", "Fragment file");
pub(crate) const FRAGMENTS_COL_PAGE: Msg = Msg::new("Motsvarar sidan", "Stands for the page");
/// The name meant, then what else to do.
pub(crate) const DID_YOU_MEAN_THEN: Msg =
    Msg::new("menade du \"{}\"? {}", "did you mean \"{}\"? {}");
/// The link meant, then where links count from.
pub(crate) const LINK_DID_YOU_MEAN: Msg = Msg::new("menade du {}? {}", "did you mean {}? {}");
/// The theme named in site.yaml.
pub(crate) const THEME_DOES_NOT_EXIST: Msg =
    Msg::new("temat \"{}\" finns inte", "the theme \"{}\" does not exist");
/// The theme named in site.yaml.
pub(crate) const CREATE_THEME_FOLDER: Msg = Msg::new(
    "skapa mappen themes/{}/, eller skriv theme: default",
    "create the folder themes/{}/, or write theme: default",
);
pub(crate) const NOTE: Msg = Msg::new("notering", "note");
pub(crate) const NOTES: Msg = Msg::new("noteringar", "notes");
/// `{errors} {error(s)}, {warnings} {warning(s)} and {notes} {note(s)}`.
pub(crate) const ERRORS_WARNINGS_AND_NOTES: Msg =
    Msg::new("{} {}, {} {} och {} {}", "{} {}, {} {} and {} {}");
