//! Messages about the files that the officer's own programs write: names that Windows shows
//! without their extension, lists kept in Excel, texts saved in Notepad or pasted from Word.

use super::Msg;

/// The name to give the file.
pub(crate) const RENAME_TO: Msg = Msg::new("byt namn till {}", "rename it {}");
/// The file's whole name, then the name it looks like.
pub(crate) const STRAY_HIDDEN_TXT: Msg = Msg::new(
    "filen läses inte: den heter {}, men Windows visar den som {} när filändelser är dolda",
    "the file is not read: it is called {}, but Windows shows it as {} when file extensions are hidden",
);
/// The name the file should have.
pub(crate) const STRAY_HIDDEN_TXT_HINT: Msg = Msg::new(
    "byt namn till {} (Anteckningar lägger till .txt om Filformat är Textdokument: välj Alla filer när du sparar); visa filändelser i Utforskaren under Visa → Visa → Filnamnstillägg",
    "rename it {} (Notepad adds .txt when Save as type is Text Documents: choose All files when you save); show file extensions in File Explorer under View → Show → File name extensions",
);
pub(crate) const STRAY_NAME: Msg = Msg::new(
    "filen läses inte: namnet ska skrivas med små bokstäver",
    "the file is not read: its name is written in lowercase",
);
pub(crate) const STRAY_WORD: Msg = Msg::new(
    "filen läses inte: ett Word-dokument blir ingen sida av sig självt",
    "the file is not read: a Word document does not become a page by itself",
);
pub(crate) const STRAY_WORD_HINT: Msg = Msg::new(
    "gör om det till en överenskommelse med overens import (se guiden, Har du överenskommelsen i Word?), och flytta sedan Word-filen ur content/; eller lägg den i static/ och länka till den om den ska kunna laddas ner",
    "make it a compact with overens import (see the guide, Have the compact in Word?), then move the Word file out of content/; or put it in static/ and link to it if it is to be downloaded",
);
pub(crate) const STRAY_SPREADSHEET: Msg = Msg::new(
    "filen läses inte: listan över anslutna organisationer läses bara från signatories.csv",
    "the file is not read: the list of organisations that joined is read only from signatories.csv",
);
pub(crate) const STRAY_SPREADSHEET_HINT: Msg = Msg::new(
    "i Excel: Arkiv → Spara som → CSV UTF-8 (kommaavgränsad), med namnet signatories.csv",
    "in Excel: File → Save as → CSV UTF-8 (comma delimited), named signatories.csv",
);
pub(crate) const STRAY_LIST_NAME: Msg = Msg::new(
    "filen läses inte: listan över anslutna organisationer ska heta signatories.csv",
    "the file is not read: the list of organisations that joined is called signatories.csv",
);
pub(crate) const STRAY_PLAN_NAME: Msg = Msg::new(
    "filen läses inte: handlingsplanen ska heta plan.yaml",
    "the file is not read: the action plan is called plan.yaml",
);
pub(crate) const STRAY_TOPICS_NAME: Msg = Msg::new(
    "filen läses inte: ämnena ska stå i topics.yaml",
    "the file is not read: the topics are written in topics.yaml",
);
pub(crate) const STRAY_EASY_NAME: Msg = Msg::new(
    "filen läses inte: den lättlästa versionen ska heta lattlast.md, utan å och ä",
    "the file is not read: the easy-to-read version is called lattlast.md",
);
pub(crate) const STRAY_MARKDOWN_EXTENSION: Msg = Msg::new(
    "filen läses inte: en princip är en fil som slutar på .md",
    "the file is not read: a principle is a file ending in .md",
);
pub(crate) const STRAY_TEXT_IN_COMPACT: Msg = Msg::new(
    "filen läses inte: principerna ligger i mappen principles/, och överenskommelsens egen text i _index.md",
    "the file is not read: the principles are in the folder principles/, and the compact's own text in _index.md",
);
pub(crate) const STRAY_TEXT_IN_COMPACT_HINT: Msg = Msg::new(
    "flytta filen till principles/ om den är en princip, eller flytta in texten i _index.md",
    "move the file into principles/ if it is a principle, or move its text into _index.md",
);
pub(crate) const STRAY_TEXT_IN_ROOT: Msg = Msg::new(
    "filen läses inte: i content/ läses bara _index.md, lattlast.md och topics.yaml, och varje överenskommelse har en egen mapp",
    "the file is not read: in content/ only _index.md, lattlast.md and topics.yaml are read, and each compact has a folder of its own",
);
pub(crate) const STRAY_TEXT_IN_ROOT_HINT: Msg = Msg::new(
    "börja en ny överenskommelse med overens new \"Kommunens namn\", eller flytta texten in i content/_index.md",
    "start a new compact with overens new \"Municipality name\", or move the text into content/_index.md",
);
pub(crate) const STRAY_FILE: Msg = Msg::new(
    "filen läses inte och publiceras inte",
    "the file is not read and not published",
);
pub(crate) const STRAY_FILE_HINT: Msg = Msg::new(
    "lägg bilder och dokument i static/ och länka till dem därifrån; ta bort filen om den inte behövs",
    "put images and documents in static/ and link to them there; remove the file if it is not needed",
);
pub(crate) const STRAY_FOLDER: Msg = Msg::new(
    "mappen läses inte och publiceras inte",
    "the folder is not read and not published",
);
pub(crate) const STRAY_FOLDER_HINT: Msg = Msg::new(
    "i en överenskommelses mapp läses _index.md, lattlast.md, signatories.csv, plan.yaml och mapparna principles/ och versions/; lägg bilder och dokument i static/, eller sätt _ först i mappens namn om den ska ligga kvar opublicerad",
    "a compact's folder is read for _index.md, lattlast.md, signatories.csv, plan.yaml and the folders principles/ and versions/; put images and documents in static/, or start the folder's name with _ to keep it unpublished",
);
pub(crate) const STRAY_PRINCIPLES_FOLDER: Msg = Msg::new(
    "mappen läses inte: principerna ska ligga i en mapp som heter principles",
    "the folder is not read: the principles go in a folder called principles",
);
/// The file that looks like it.
pub(crate) const INDEX_NEAR_MISS: Msg = Msg::new(
    "det finns en fil {}: byt namn på den till _index.md",
    "there is a file {}: rename it _index.md",
);
/// The file that looks like it.
pub(crate) const INDEX_HIDDEN_TXT: Msg = Msg::new(
    "det finns en fil {}, som Windows visar som _index.md när filändelser är dolda: byt namn på den till _index.md (visa filändelser i Utforskaren under Visa → Visa → Filnamnstillägg)",
    "there is a file {}, which Windows shows as _index.md when file extensions are hidden: rename it _index.md (show file extensions in File Explorer under View → Show → File name extensions)",
);
