//! Messages of `overens import`: why a file is not read, what was not carried over, and
//! what to do next.

use super::Msg;

pub(crate) const IMPORT_FILE_MISSING: Msg = Msg::new("filen finns inte", "the file does not exist");
pub(crate) const IMPORT_GIVE_FILE: Msg = Msg::new(
    "ange Word-filen, till exempel overens import Överenskommelse.docx",
    "give the Word file, for example overens import Compact.docx",
);
pub(crate) const IMPORT_FILE_UNREADABLE: Msg =
    Msg::new("filen kunde inte läsas", "the file could not be read");
pub(crate) const IMPORT_TOO_LARGE: Msg = Msg::new(
    "filen är större än ett Word-dokument med en överenskommelse kan vara (över 256 MB)",
    "the file is larger than a Word document with a compact can be (over 256 MB)",
);
pub(crate) const IMPORT_SAVE_AS_DOCX: Msg = Msg::new(
    "öppna filen i Word, välj Arkiv > Spara som > Word-dokument (*.docx) och importera den nya filen",
    "open the file in Word, choose File > Save As > Word Document (*.docx) and import the new file",
);
pub(crate) const IMPORT_DOC: Msg = Msg::new(
    "filen är ett Word-dokument i det gamla formatet (.doc), som inte kan läsas",
    "the file is a Word document in the old format (.doc), which cannot be read",
);
pub(crate) const IMPORT_ENCRYPTED: Msg = Msg::new(
    "dokumentet är skyddat med lösenord och kan inte läsas",
    "the document is protected by a password and cannot be read",
);
pub(crate) const IMPORT_REMOVE_PASSWORD: Msg = Msg::new(
    "öppna det i Word, välj Arkiv > Information > Skydda dokument > Kryptera med lösenord, töm rutan, spara och importera igen",
    "open it in Word, choose File > Info > Protect Document > Encrypt with Password, clear the box, save and import again",
);
pub(crate) const IMPORT_OLD_OR_ENCRYPTED: Msg = Msg::new(
    "filen är ett Office-dokument i det gamla formatet (.doc) eller skyddat med lösenord, och kan inte läsas",
    "the file is an Office document in the old format (.doc) or protected by a password, and cannot be read",
);
pub(crate) const IMPORT_OPEN_IN_WORD: Msg = Msg::new(
    "öppna filen i Word; har den ett lösenord, ta bort det (Arkiv > Information > Skydda dokument); spara den sedan som Word-dokument (*.docx) och importera den nya filen",
    "open the file in Word; if it has a password, remove it (File > Info > Protect Document); then save it as a Word Document (*.docx) and import the new file",
);
pub(crate) const IMPORT_PDF: Msg = Msg::new(
    "filen är en PDF: den har texten men inte dokumentets rubriker, listor och numrering",
    "the file is a PDF: it has the text but not the document's headings, lists and numbering",
);
pub(crate) const IMPORT_ASK_FOR_WORD: Msg = Msg::new(
    "be om Word-filen som PDF:en gjordes av (den finns ofta hos den som skrev förslaget eller hos registraturen) och importera den",
    "ask for the Word file the PDF was made from (the person who drafted the proposal, or the registry, often has it) and import that",
);
pub(crate) const IMPORT_ODT: Msg = Msg::new(
    "filen är ett OpenDocument-dokument (.odt), som inte kan läsas",
    "the file is an OpenDocument text (.odt), which cannot be read",
);
pub(crate) const IMPORT_SAVE_ODT_AS_DOCX: Msg = Msg::new(
    "öppna filen i LibreOffice eller Word och spara den som Word-dokument (.docx), och importera den nya filen",
    "open the file in LibreOffice or Word, save it as a Word document (.docx) and import the new file",
);
pub(crate) const IMPORT_RTF: Msg = Msg::new(
    "filen är ett RTF-dokument, som inte kan läsas",
    "the file is an RTF document, which cannot be read",
);
pub(crate) const IMPORT_NOT_DOCX: Msg = Msg::new(
    "filen är inte ett Word-dokument (.docx)",
    "the file is not a Word document (.docx)",
);
pub(crate) const IMPORT_NOT_WORD: Msg = Msg::new(
    "filen är ett zip-arkiv men har inget Word-dokument i sig",
    "the file is a zip archive but holds no Word document",
);
pub(crate) const IMPORT_BOMB: Msg = Msg::new(
    "filen packas upp till långt mer än ett dokument kan innehålla (en så kallad zip-bomb) och läses inte",
    "the file unpacks to far more than a document can hold (a so-called zip bomb) and is not read",
);
pub(crate) const IMPORT_TOO_MANY_PARTS: Msg = Msg::new(
    "filen har långt fler delar än ett dokument har (över 5 000) och läses inte",
    "the file has far more parts than a document has (over 5,000) and is not read",
);
pub(crate) const IMPORT_DAMAGED: Msg = Msg::new(
    "filen kan vara skadad; öppna den i Word och spara den igen, eller be om en ny",
    "the file may be damaged; open it in Word and save it again, or ask for a new one",
);
/// The part of the package.
pub(crate) const IMPORT_BROKEN: Msg = Msg::new(
    "en del av dokumentet kan inte packas upp: {}",
    "a part of the document cannot be unpacked: {}",
);
/// The part of the package.
pub(crate) const IMPORT_XML: Msg = Msg::new(
    "en del av dokumentet kan inte läsas: {}",
    "a part of the document cannot be read: {}",
);
/// The part of the package.
pub(crate) const IMPORT_DECLARATIONS: Msg = Msg::new(
    "en del av dokumentet har en dokumenttypdeklaration (DTD), som Word aldrig skriver, och läses inte: {}",
    "a part of the document has a document type declaration (DTD), which Word never writes, and is not read: {}",
);
/// How many changes.
pub(crate) const IMPORT_TRACKED_CHANGES: Msg = Msg::new(
    "dokumentet har {} spårade ändringar som varken är godkända eller avvisade; ett utkast är inte den antagna texten",
    "the document has {} tracked changes that are neither accepted nor rejected; a draft is not the adopted text",
);
pub(crate) const IMPORT_ACCEPT_IN_WORD: Msg = Msg::new(
    "öppna dokumentet i Word, välj Granska > Godkänn > Godkänn alla ändringar (eller Avvisa), spara och importera igen; eller kör med --accept-changes för att läsa det som om alla ändringar var godkända",
    "open the document in Word, choose Review > Accept > Accept All Changes (or Reject), save and import again; or run with --accept-changes to read it as if every change were accepted",
);
pub(crate) const IMPORT_NO_NAME: Msg = Msg::new(
    "dokumentets titel säger inte vilken kommun eller region överenskommelsen gäller, så mappen kan inte få något namn",
    "the document's title does not say which municipality or region the compact is for, so the folder cannot be named",
);
pub(crate) const IMPORT_GIVE_SLUG: Msg = Msg::new(
    "ange mappens namn: overens import FIL.docx --slug lund",
    "give the folder's name: overens import FILE.docx --slug lund",
);
/// The value given.
pub(crate) const IMPORT_BAD_SLUG: Msg = Msg::new(
    "--slug blir mappens namn och webbadress, och får bara ha gemena bokstäver a–z, siffror och bindestreck: \"{}\"",
    "--slug becomes the folder's name and address, and may only have lowercase letters a–z, digits and hyphens: \"{}\"",
);
/// The value given.
pub(crate) const IMPORT_BAD_SPLIT: Msg = Msg::new(
    "--split kan inte läsas: \"{}\"",
    "--split cannot be read: \"{}\"",
);
pub(crate) const IMPORT_SPLIT_HELP: Msg = Msg::new(
    "skriv --split rubrik:2 (varje rubrik på nivå 2 är en princip), --split lista (varje punkt i den numrerade listan) eller --split ingen",
    "write --split heading:2 (each heading of level 2 is a principle), --split list (each item of the numbered list) or --split none",
);
pub(crate) const IMPORT_FOLDER_EXISTS: Msg = Msg::new(
    "overens import skriver aldrig över något; ta bort eller byt namn på mappen, eller välj ett annat namn med --slug",
    "overens import never overwrites anything; remove or rename the folder, or choose another name with --slug",
);
/// The heading level, the heading's text.
pub(crate) const IMPORT_FOUND_HEADINGS: Msg = Msg::new(
    "Principerna är rubrikerna på nivå {}{}.",
    "The principles are the headings of level {}{}.",
);
/// The heading's text.
pub(crate) const IMPORT_FOUND_LIST: Msg = Msg::new(
    "Principerna är punkterna i en lista{}.",
    "The principles are the items of a list{}.",
);
/// The heading's text.
pub(crate) const IMPORT_UNDER: Msg = Msg::new(" under \"{}\"", " under \"{}\"");
pub(crate) const IMPORT_NONE_FOUND: Msg = Msg::new(
    "Inga principer hittades, så hela texten kommer i _index.md. Med --split rubrik:2 eller --split lista väljer du själv.",
    "No principles were found, so the whole text goes into _index.md. Choose yourself with --split heading:2 or --split list.",
);
pub(crate) const IMPORT_WOULD_WRITE: Msg = Msg::new(
    "overens import skulle skriva:",
    "overens import would write:",
);
pub(crate) const IMPORT_NOTHING_WRITTEN: Msg = Msg::new(
    "Inget är skrivet än: kör samma kommando utan --preview för att skriva filerna.",
    "Nothing is written yet: run the same command without --preview to write the files.",
);
pub(crate) const IMPORT_LEFT_OUT: Msg = Msg::new(
    "Det här kom inte med från dokumentet:",
    "This was not carried over from the document:",
);
/// The author, the comment.
pub(crate) const IMPORT_COMMENT: Msg = Msg::new("kommentar av {}: \"{}\"", "comment by {}: \"{}\"");
/// The alternative text.
pub(crate) const IMPORT_IMAGE: Msg = Msg::new(
    "bild med alternativtexten \"{}\" (lägg bilder i static/ och länka dem)",
    "picture with the alternative text \"{}\" (put pictures in static/ and link them)",
);
pub(crate) const IMPORT_IMAGE_NO_ALT: Msg = Msg::new(
    "bild utan alternativtext (lägg bilder i static/ och länka dem)",
    "picture without alternative text (put pictures in static/ and link them)",
);
/// The endnote.
pub(crate) const IMPORT_ENDNOTE: Msg = Msg::new(
    "slutkommentar (bara fotnoter kommer med): \"{}\"",
    "endnote (only footnotes are carried over): \"{}\"",
);
pub(crate) const IMPORT_TEXT_BOX: Msg = Msg::new(
    "textruta eller form utan text",
    "text box or shape without text",
);
/// The text box's first words.
pub(crate) const IMPORT_TEXT_BOX_WITH: Msg = Msg::new(
    "textruta eller form med texten \"{}\"",
    "text box or shape with the text \"{}\"",
);
/// The header's or footer's first words.
pub(crate) const IMPORT_HEADER_FOOTER: Msg = Msg::new(
    "sidhuvud eller sidfot: \"{}\"",
    "page header or footer: \"{}\"",
);
/// The hidden text.
pub(crate) const IMPORT_HIDDEN: Msg = Msg::new("dold text: \"{}\"", "hidden text: \"{}\"");
pub(crate) const IMPORT_MERGED: Msg = Msg::new(
    "sammanfogade celler i en tabell: texten står i den första cellen och de andra är tomma",
    "merged cells of a table: the text is in the first cell and the others are empty",
);
pub(crate) const IMPORT_OBJECT: Msg = Msg::new(
    "inbäddat objekt (till exempel ett diagram eller ett kalkylblad)",
    "embedded object (a chart or a spreadsheet, say)",
);
pub(crate) const IMPORT_CONTENTS: Msg = Msg::new(
    "innehållsförteckningen (webbplatsen gör sin egen av rubrikerna)",
    "the table of contents (the site makes its own from the headings)",
);
/// The address.
pub(crate) const IMPORT_LINK: Msg = Msg::new(
    "länken till {}: texten står kvar utan länk",
    "the link to {}: its text stays, without the link",
);
/// How many changes.
pub(crate) const IMPORT_CHANGES_ACCEPTED: Msg = Msg::new(
    "{} spårade ändringar lästes som godkända (--accept-changes).",
    "{} tracked changes were read as accepted (--accept-changes).",
);
pub(crate) const IMPORT_CHECK_MUNICIPALITY: Msg = Msg::new(
    "Skriv kommunens eller regionens namn i municipality i _index.md: titeln säger det inte säkert.",
    "Write the municipality's or region's name as municipality in _index.md: the title does not say it for sure.",
);
/// The principles' files.
pub(crate) const IMPORT_CHECK_TOPICS: Msg = Msg::new(
    "Välj ämnen (topics) ur content/topics.yaml i {}: titeln är inget av ämnena, så det första står där tills vidare.",
    "Choose topics (topics) from content/topics.yaml in {}: the title is none of the topics, so the first stands there for now.",
);
pub(crate) const IMPORT_NEXT: Msg = Msg::new(
    "Nästa steg: läs igenom filerna, fyll i status, datum och sammanfattning i _index.md, förhandsvisa med overens serve och kör overens check för att se vad som återstår.",
    "Next: read the files through, fill in the status, dates and summary in _index.md, preview with overens serve and run overens check to see what is left.",
);
