//! Messages about reading files: text, encodings, YAML.

use super::Msg;

pub(crate) const ADD_LINE_BETWEEN_LINES: Msg = Msg::new(
    "lägg till en rad {}: … mellan raderna med ---",
    "add a line {}: … between the lines with ---",
);
/// Every key allowed.
pub(crate) const ALLOWED_KEYS: Msg = Msg::new("tillåtna nycklar: {}", "allowed keys: {}");
/// The key meant, then every key allowed.
pub(crate) const DID_YOU_MEAN_KEY: Msg = Msg::new(
    "menade du \"{}\"? tillåtna nycklar: {}",
    "did you mean \"{}\"? allowed keys: {}",
);
pub(crate) const COPY_FILE_FOLDER_INTO_SITE: Msg = Msg::new(
    "kopiera in filen eller mappen i webbplatsens mapp i stället för att länka till den",
    "copy the file or folder into the site's folder instead of linking to it",
);
pub(crate) const COULD_NOT_READ: Msg = Msg::new("kunde inte läsas", "could not be read");
pub(crate) const EACH_KEY_MAY_APPEAR_ONCE: Msg = Msg::new(
    "varje nyckel får stå en gång; ta bort eller slå ihop raderna",
    "each key may appear once; remove or merge the lines",
);
pub(crate) const END_TEXT_SAME_LINE_REMOVE: Msg = Msg::new(
    "avsluta texten med \" på samma rad, eller ta bort citattecknet i början",
    "end the text with \" on the same line, or remove the opening quotation mark",
);
pub(crate) const READ_AS_WINDOWS_1252: Msg = Msg::new(
    "filen är inte sparad som UTF-8; den lästes som Windows-1252, så som Excel sparar CSV (semikolonavgränsad): se efter att å, ä och ö blev rätt på sidan",
    "the file is not saved as UTF-8; it was read as Windows-1252, as Excel saves CSV (semicolon delimited): see that å, ä and ö came out right on the page",
);
pub(crate) const FILE_NOT_TEXT_FILE_LOOKS: Msg = Msg::new(
    "filen är ingen textfil (den ser ut att vara en bild, ett Word-dokument eller liknande)",
    "the file is not a text file (it looks like an image, a Word document or similar)",
);
pub(crate) const INDENT_SPACES_NOT_TABS_YAML: Msg = Msg::new(
    "dra in med mellanslag, inte tabb (YAML tillåter bara mellanslag)",
    "indent with spaces, not tabs (YAML allows only spaces)",
);
pub(crate) const KEY_MISSING: Msg = Msg::new("nyckeln \"{}\" saknas", "the key \"{}\" is missing");
pub(crate) const KEY_WRITTEN_TWICE: Msg = Msg::new(
    "nyckeln \"{}\" står två gånger",
    "the key \"{}\" is written twice",
);
pub(crate) const KEY_WRITTEN_TWICE_2: Msg =
    Msg::new("en nyckel står två gånger", "a key is written twice");
pub(crate) const LINE_INDENTED_TAB: Msg = Msg::new(
    "en rad är indragen med tabb",
    "a line is indented with a tab",
);
/// Where the link leads.
pub(crate) const LINK_SOMETHING_OUTSIDE_SITE_S: Msg = Msg::new(
    "är en länk till något utanför webbplatsens mapp: {}",
    "is a link to something outside the site's folder: {}",
);
/// The system's own words for what went wrong.
pub(crate) const SYSTEM_SAYS: Msg = Msg::new("systemet säger: {}", "the system says: {}");
pub(crate) const LIST: Msg = Msg::new("en lista", "a list");
pub(crate) const QUOTATION_MARK_OPENED_BUT_NEVER: Msg = Msg::new(
    "ett citattecken (\") öppnas men stängs aldrig på raden",
    "a quotation mark (\") is opened but never closed on the line",
);
pub(crate) const SAVE_FILE_UTF_8_YOUR: Msg = Msg::new(
    "spara filen som UTF-8 (i Anteckningar: Spara som → Kodning: UTF-8)",
    "save the file as UTF-8 (in your editor: Save as → Encoding: UTF-8)",
);
pub(crate) const SETTINGS_ARE_EMPTY_END_TOO: Msg = Msg::new(
    "inställningarna är tomma eller tar slut för tidigt",
    "the settings are empty or end too early",
);
pub(crate) const SETTINGS_ARE_TOO_LARGE_TOO: Msg = Msg::new(
    "inställningarna är för stora eller för djupt nästlade för att läsas",
    "the settings are too large or too deeply nested to be read",
);
pub(crate) const SETTINGS_KEY_VALUE_LINES_THEIR: Msg = Msg::new(
    "inställningar, nyckel: värde på egna rader",
    "settings, key: value on lines of their own",
);
pub(crate) const SETTINGS_TOP_SHOULD_SHORT_KEY: Msg = Msg::new("inställningarna överst ska vara korta rader nyckel: värde; lägg löptexten efter den andra raden med ---", "the settings at the top should be short key: value lines; put running text after the second --- line");
pub(crate) const TEXT: Msg = Msg::new("en text", "a text");
pub(crate) const UNKNOWN_KEY: Msg = Msg::new("okänd nyckel \"{}\"", "unknown key \"{}\"");
/// What should be there: a list, a text, …
pub(crate) const VALUE_HAS_WRONG_FORM_SHOULD: Msg = Msg::new(
    "värdet har fel form: här ska stå {}",
    "the value has the wrong form: this should be {}",
);
pub(crate) const WHOLE_NUMBER: Msg = Msg::new("ett heltal", "a whole number");
pub(crate) const WRITE_SETTINGS_KEY_VALUE_ONE: Msg = Msg::new(
    "skriv inställningarna som nyckel: värde, en per rad, mellan raderna med ---",
    "write the settings as key: value, one per line, between the lines with ---",
);
pub(crate) const WRITE_TEXT_AFTER_COLON_SAME: Msg = Msg::new(
    "text skrivs efter kolon på samma rad, listor som [a, b] eller som rader som börjar med -; sätt raka citattecken (\") runt text som börjar med [, { eller -",
    "write text after the colon on the same line, lists as [a, b] or as lines starting with -; put straight quotation marks (\") around text that starts with [, { or -",
);
pub(crate) const WRITE_TEXT_TEXT_EDITOR_SAVE: Msg = Msg::new(
    "skriv texten i en textredigerare och spara som .md; lägg bilder och dokument i static/",
    "write the text in a text editor and save it as .md; put images and documents in static/",
);
pub(crate) const YAML_INDENTATION: Msg = Msg::new(
    "raden är indragen på fel sätt, så den hör inte till inställningen eller listan ovanför",
    "the line is indented the wrong way, so it does not belong to the setting or list above it",
);
pub(crate) const YAML_INDENTATION_HINT: Msg = Msg::new(
    "rader under ett - ska stå rakt under ordet efter bindestrecket (två mellanslag längre in än -), som name: och role: i exemplen; en ny punkt i listan börjar med - rakt under det förra",
    "lines under a - go straight under the word after the dash (two spaces further in than the -), as name: and role: do in the examples; a new item starts with a - straight under the one before",
);
pub(crate) const YAML_COLON_IN_TEXT: Msg = Msg::new(
    "ett kolon i texten gör att resten av raden läses som en ny inställning",
    "a colon in the text makes the rest of the line read as a new setting",
);
pub(crate) const YAML_COLON_IN_TEXT_HINT: Msg = Msg::new(
    "sätt raka citattecken (\") runt texten: title: \"Överenskommelsen: ett utkast\"",
    "put straight quotation marks (\") around the text: title: \"The compact: a draft\"",
);
pub(crate) const YAML_CANNOT_READ: Msg = Msg::new(
    "inställningarna kan inte läsas här",
    "the settings cannot be read here",
);
pub(crate) const YAML_CANNOT_READ_HINT: Msg = Msg::new(
    "skriv varje inställning som nyckel: värde på en egen rad, dra in med mellanslag och sätt raka citattecken (\") runt text som innehåller kolon, # eller citattecken",
    "write each setting as key: value on its own line, indent with spaces, and put straight quotation marks (\") around text that holds a colon, # or quotation marks",
);
pub(crate) const FILE_SAVED_AS_ANSI: Msg = Msg::new(
    "filen är sparad som ANSI (Windows-1252), inte som UTF-8, så å, ä och ö kan inte läsas säkert",
    "the file is saved as ANSI (Windows-1252), not as UTF-8, so å, ä and ö cannot be read safely",
);
pub(crate) const FILE_IS_OFFICE: Msg = Msg::new(
    "filen är ett Word- eller Excel-dokument, ingen textfil",
    "the file is a Word or Excel document, not a text file",
);
pub(crate) const FILE_IS_PDF: Msg = Msg::new(
    "filen är en PDF, ingen textfil",
    "the file is a PDF, not a text file",
);
pub(crate) const FILE_IS_IMAGE: Msg = Msg::new(
    "filen är en bild, ingen textfil",
    "the file is an image, not a text file",
);
pub(crate) const FILE_BROKEN_UTF16: Msg = Msg::new(
    "filen är sparad som UTF-16 (Unicode) men har tecken som inte går att läsa",
    "the file is saved as UTF-16 (Unicode) but has characters that cannot be read",
);
pub(crate) const CHAR_SPACE: Msg = Msg::new("ett hårt mellanslag", "a non-breaking space");
pub(crate) const CHAR_ZERO_WIDTH: Msg = Msg::new(
    "ett osynligt nollbreddstecken",
    "an invisible zero-width character",
);
pub(crate) const CHAR_SOFT_HYPHEN: Msg = Msg::new("ett mjukt bindestreck", "a soft hyphen");
pub(crate) const CHAR_BYTE_ORDER_MARK: Msg = Msg::new(
    "en osynlig byte-ordningsmarkering",
    "an invisible byte-order mark",
);
/// What the character is, then its code.
pub(crate) const INVISIBLE_CHARACTER: Msg = Msg::new(
    "raden har {} ({}) där inställningen behöver ett vanligt tecken",
    "the line has {} ({}) where the setting needs a plain character",
);
pub(crate) const INVISIBLE_CHARACTER_HINT: Msg = Msg::new(
    "tecknet följer ofta med text som klistras in från Word eller en webbsida: radera mellanrummet runt det och skriv det igen med vanliga tangenter",
    "the character often comes with text pasted from Word or a web page: delete the space around it and type it again",
);
/// Spaces now, then spaces of the line above.
pub(crate) const YAML_TOO_DEEP: Msg = Msg::new(
    "raden är indragen {} mellanslag, djupare än raden ovanför ({}), så den läses som en fortsättning på texten där",
    "the line is indented {} spaces, deeper than the line above ({}), so it reads as more of the text there",
);
/// Spaces now, then spaces of the item.
pub(crate) const YAML_TOO_SHALLOW: Msg = Msg::new(
    "raden är indragen {} mellanslag, mindre än resten av punkten i listan ({}), så den hör inte till punkten",
    "the line is indented {} spaces, less than the rest of the item of the list ({}), so it does not belong to the item",
);
/// Spaces now, the line of the item before, its spaces.
pub(crate) const YAML_ITEMS_OUT_OF_LINE: Msg = Msg::new(
    "punkten i listan står {} mellanslag in, men punkten på rad {} står {} mellanslag in",
    "the item of the list is {} spaces in, but the item on line {} is {} spaces in",
);
/// The line of the item before, its spaces.
pub(crate) const YAML_ITEM_HINT: Msg = Msg::new(
    "flytta - så att det står rakt under - på rad {}, {} mellanslag in",
    "move the - so that it stands straight under the - on line {}, {} spaces in",
);
/// Spaces, the line's key, the key above.
pub(crate) const YAML_INDENT_HINT: Msg = Msg::new(
    "dra in raden {} mellanslag, så att {}: står rakt under {}:",
    "indent the line {} spaces, so that {}: stands straight under {}:",
);
/// The line's key, the key above.
pub(crate) const YAML_NO_INDENT_HINT: Msg = Msg::new(
    "ta bort mellanslagen i början av raden, så att {}: står rakt under {}:",
    "remove the spaces at the start of the line, so that {}: stands straight under {}:",
);
/// The value as written.
pub(crate) const UNKNOWN_VALUE: Msg = Msg::new("okänt värde \"{}\"", "unknown value \"{}\"");
